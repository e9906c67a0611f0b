"""Fast construction of the small frozen records extraction makes by the hundred thousand.

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__`` (a generic
call that also looks the name up); tokens, sentences, mentions and cues are built once per
word or phrase of a corpus, so that cost shows in every profile. :func:`slot_constructor`
builds instances of a frozen, slotted dataclass by setting its slots through their
descriptors, which gives the same objects (equal, same hash, same repr) in about half the
time.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["slot_constructor"]

T = TypeVar("T")


def slot_constructor(cls: type[T]) -> Callable[..., T]:
    """A function that builds ``cls`` instances from all field values, in field order.

    Parameters
    ----------
    cls : type
        A dataclass declared with ``frozen=True, slots=True`` and without ``__post_init__``
        (the constructor does not run ``__init__``, so nothing else may happen there).

    Returns
    -------
    callable
        ``build(*values)`` taking exactly one value per field, positionally (defaults are not
        filled in), equal to ``cls(*values)``.

    Raises
    ------
    TypeError
        If ``cls`` is not a frozen slotted dataclass, or defines ``__post_init__``.
    """
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"slot_constructor: {cls!r} is not a frozen, slotted dataclass")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"slot_constructor: {cls.__name__} has a __post_init__ it would skip")
    names = [field.name for field in dataclasses.fields(cls)]
    twin = _twin(cls)
    if twin is not None:
        # the values go into an instance of a mutable stand-in for the class (``_twin``),
        # by ordinary attribute stores (which the interpreter specialises for slots), and
        # the finished object becomes a ``cls``: three times cheaper than calling each
        # slot's descriptor. (``_twin()`` rather than ``object.__new__(_twin)``: calling the
        # class builds no argument tuple: a quarter less to make and free the object)
        namespace: dict[str, Any] = {"_twin": twin, "_cls": cls}
        lines = [f"def build({', '.join(names)}):", "    obj = _twin()"]
        lines += [f"    obj.{name} = {name}" for name in names]
        lines += ["    obj.__class__ = _cls", "    return obj"]
    else:
        namespace = {"_new": object.__new__, "_cls": cls}
        namespace.update({f"_set_{name}": getattr(cls, name).__set__ for name in names})
        # one straight-line function per class, as dataclasses writes its own __init__: a
        # loop over the setters would cost more than the __init__ it replaces
        lines = [f"def build({', '.join(names)}):", "    obj = _new(_cls)"]
        lines += [f"    _set_{name}(obj, {name})" for name in names]
        lines.append("    return obj")
    exec("\n".join(lines), namespace)  # the source is made of field names only
    build = namespace["build"]
    build.__qualname__ = f"slot_constructor.<{cls.__name__}>"
    build.__doc__ = f"Build a {cls.__name__} from its {len(names)} field values (fast path)."
    return build


def _twin(cls: type) -> type | None:
    """A mutable stand-in for ``cls`` whose instances may be turned into ``cls`` instances by
    assigning ``__class__``; None when ``cls`` is not such a simple record.

    The stand-in is a subclass of ``cls`` that adds no slot and takes back object's own
    ``__setattr__``, ``__delattr__`` and ``__init__``: its attribute stores are the plain slot
    stores the interpreter specialises, and since it has ``cls``'s very layout, assigning
    ``__class__`` skips the comparison of the two classes' slots that a separate class with
    the same slots would need.
    """
    twin = type(f"_{cls.__name__}Record", (cls,), {
        "__slots__": (), "__module__": __name__, "__setattr__": object.__setattr__,
        "__delattr__": object.__delattr__, "__init__": object.__init__,
    })
    try:
        probe = twin()
        probe.__class__ = cls
    except TypeError:
        return None
    return twin
