"""Arabic text handling on camel-tools: normalisation, tokenisation, sentence splitting.

Every stage keeps character offsets into the original document: tokens carry their surface
form and span, and their matching form (:func:`normalize`) separately.
"""

from stancenet.text.normalization import normalize, normalize_camel
from stancenet.text.segmentation import ABBREVIATIONS, Sentence, blank_markup, split_sentences
from stancenet.text.tokenization import Token, token_spans, tokenize

__all__ = [
    "ABBREVIATIONS",
    "Sentence",
    "Token",
    "blank_markup",
    "normalize",
    "normalize_camel",
    "split_sentences",
    "token_spans",
    "tokenize",
]
