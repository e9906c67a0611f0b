"""Write the three stancenet notebooks (and optionally run them) from the cell sources below.

The notebooks are generated so that they stay easy to review and to regenerate: edit the
cells here, then run

    python notebooks/build_notebooks.py            # write the .ipynb files, without outputs
    python notebooks/build_notebooks.py --execute  # also run each one in a scratch folder

``--execute`` runs every notebook with nbclient (kernel ``python3``) in a temporary working
directory, prints how long each took, and fails on the first cell that raises. The committed
notebooks carry no outputs, which keeps their diffs small; ``--keep-outputs`` writes the
executed versions instead.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}


def md(text: str) -> nbformat.NotebookNode:
    """A markdown cell; the text is dedented and stripped."""
    return new_markdown_cell(_clean(text))


def code(text: str) -> nbformat.NotebookNode:
    """A code cell; the text is dedented and stripped."""
    return new_code_cell(_clean(text))


def _clean(text: str) -> str:
    import textwrap

    return textwrap.dedent(text).strip("\n")


# --------------------------------------------------------------------------- 01 quickstart

QUICKSTART = [
    md("""
    # Quickstart: from Arabic news to a signed network of political actors

    This notebook takes the demo corpus that ships with stancenet through the whole pipeline
    in a few cells:

    **documents → statements → signed network → blocs and balance → picture → Gephi file**

    The demo corpus is a few dozen short news reports in Arabic about Iraqi politics from
    October 2019 to late 2022 (the protests, the strike on Soleimani and the parliament's
    vote on foreign forces, the Kadhimi government and its strategic dialogue with
    Washington, the 2021 election and the long deadlock that followed). The stancenet team
    wrote them in its own words about real public events, so the notebook runs anywhere
    without downloading anything.
    """),
    code("""
    %matplotlib inline
    import matplotlib.pyplot as plt
    import pandas as pd

    import stancenet as sn

    pd.set_option("display.max_colwidth", 90)
    """),
    md("""
    ## 1. The documents

    A corpus is a table with one row per document: `doc_id`, `text` (Arabic), `date`, and
    optionally `title`, `source` and `url`. `sn.read_corpus` reads the same table from a
    folder of `.txt` files, a JSON Lines file, a CSV or a Parquet file (notebook 03 reads a
    CSV with its own column names).
    """),
    code("""
    docs = sn.demo_corpus()
    print(f"{len(docs)} documents from {docs['date'].min():%Y-%m-%d} to {docs['date'].max():%Y-%m-%d}")
    docs[["doc_id", "date", "title"]].head()
    """),
    md("""
    ## 2. Statements: who takes which stance toward whom

    A **statement** is one actor taking one stance toward one target in one sentence:
    *the United States accused Kataib Hezbollah of the attacks*; *Jordan expressed its
    support for Iraq's security*. The target is another actor or an issue (the withdrawal of
    US forces, early elections, foreign interference ...).

    - `polarity` is **+1** for support, praise, cooperation, alliance, and **-1** for
      criticism, accusation, rejection, threat, attack;
    - `category` is the family of the words that carried the stance (the `cue`), and
      `evidence` is the sentence itself, so every number later can be traced to text.

    `sn.extract` finds the actors and issues named in each sentence with the registry (a
    list of several hundred actors and the issues of Iraqi and regional politics, with their Arabic
    names and spellings) and reads the stance from a lexicon of Arabic cue words and a set of
    rules. It is rule-based and makes mistakes an analyst should review: notebook 03 shows
    how.
    """),
    code("""
    statements = sn.extract(docs)
    n_pos = int((statements["polarity"] > 0).sum())
    print(f"{len(statements)} statements: {n_pos} positive, {len(statements) - n_pos} negative")
    statements[["source_name", "polarity", "target_name", "target_kind", "category", "cue"]].head(10)
    """),
    md("One statement in full, with the sentence it rests on:"),
    code("""
    statements.iloc[0][["statement_id", "date", "source_name", "source_mention", "polarity",
                        "target_name", "target_mention", "category", "cue", "evidence"]]
    """),
    code("""
    # which kinds of stance the corpus holds
    statements.groupby("category")["polarity"].agg(statements="size", net_polarity="mean") \\
        .sort_values("statements", ascending=False).head(8)
    """),
    md("""
    ## 3. The signed network

    `sn.build_network(statements)` turns the statements about actors into a directed
    network of actors (statements about issues are used by the other network kinds, see
    the `kind` argument). Each **signed edge** `A → B` sums what A said about B:

    - `pos` and `neg` count the positive and negative statements, `n_statements` both;
    - `signed_weight = pos - neg` and `sign` is its sign: **+1 an alliance, -1 an
      opposition**; `weight = |pos - neg|` is the strength (a non-negative number, as layout
      programs expect);
    - `first_date` and `last_date` say when the tie was seen.

    Passing the registry adds Arabic names, kinds and countries to the nodes.
    """),
    code("""
    registry = sn.default_registry()
    G = sn.build_network(statements, registry=registry)
    print(f"{G.number_of_nodes()} actors, {G.number_of_edges()} ties "
          f"({sum(d['sign'] < 0 for *_, d in G.edges(data=True))} negative)")

    names = dict(G.nodes(data="name_en"))
    edges = sn.edges_frame(G)
    edges["source"] = edges["source"].map(names)
    edges["target"] = edges["target"].map(names)
    edges.sort_values(["n_statements", "signed_weight"], ascending=False)[
        ["source", "target", "sign", "signed_weight", "pos", "neg", "first_date", "last_date"]
    ].head(10)
    """),
    md("Every edge can be traced back to its sentences, here the strongest opposition:"),
    code("""
    ties = sn.edges_frame(G).sort_values(["signed_weight", "n_statements"], ascending=[True, False])
    u, v = ties.iloc[0][["source", "target"]]
    print(f"{names[u]} -> {names[v]}")
    sn.edge_statements(G, u, v, statements)[["date", "source_mention", "cue", "target_mention", "evidence"]]
    """),
    md("""
    ## 4. Blocs, balance and frustration

    - **Blocs** (`sn.blocs`) are groups of actors with mostly alliances inside and mostly
      oppositions between them, found by maximising signed modularity (Traag and Bruggeman
      2009, with the Leiden algorithm). A *violation* is an opposition inside a bloc or an
      alliance across blocs.
    - **Structural balance** (`sn.balance`, after Heider and Cartwright-Harary): *the friend
      of my friend is my friend, the enemy of my enemy is my friend*. A triangle of actors is
      balanced when the product of its three signs is positive. `triangle_ratio` is the share
      of balanced triangles; `walk_ratio` (Estrada and Benzi 2014) extends the idea to closed
      walks of every length and is 1 for a perfectly balanced network.
    - The **frustration index** (`sn.frustration`) is the smallest number of ties to remove
      so that the actors fall into two camps with only alliances inside each camp and only
      oppositions between them. stancenet computes it exactly (integer programming) for
      networks of this size; the *frustrated ties* are the ones that cut across the camps,
      often the most interesting relations to read.

    Direction is ignored for these measures: two actors' statements about each other are
    summed.
    """),
    code("""
    found = sn.blocs(G)
    balance = sn.balance(G)
    frustration = sn.frustration(G)
    print(f"blocs: {found.n_blocs} (signed modularity {found.quality:.2f}, "
          f"{found.n_violations} ties violate them)")
    print(f"balanced triangles: {balance.triangle_ratio:.0%} of {balance.n_triangles}; "
          f"walk-based balance {balance.walk_ratio:.3f}")
    print(f"frustration index: {frustration.index} of {balance.n_edges} ties "
          f"({'proven optimal' if frustration.optimal else 'best found'})")
    """),
    code("""
    members = pd.Series(found.membership, name="bloc").rename_axis("actor").reset_index()
    members["name"] = members["actor"].map(names)
    members.groupby("bloc").agg(size=("name", "size"), members=("name", ", ".join)) \\
        .sort_values("size", ascending=False).head(6)
    """),
    code("""
    # the ties that cut across the two camps of the frustration index
    def net_stance(a, b):  # what a and b said about each other, summed
        return sum(G[x][y]["signed_weight"] for x, y in ((a, b), (b, a)) if G.has_edge(x, y))

    camp = frustration.partition
    pd.DataFrame(
        [(names[a], names[b], net_stance(a, b),
          "opposition inside a camp" if camp[a] == camp[b] else "alliance across camps")
         for a, b in frustration.frustrated_edges],
        columns=["actor", "other actor", "net signed weight", "frustrated because"],
    )
    """),
    md("""
    Signed centrality: `pn` (Everett and Borgatti's PN index) rewards many allies and few
    opponents; `broker` is high for actors whose alliances reach into several blocs.
    """),
    code("""
    central = sn.centrality(G, blocs_result=found)
    # centrality numbers the blocs it is given afresh; show the numbers of `found` instead
    central["bloc"] = central.index.map(found.membership)
    central.insert(0, "name", central.index.map(names))
    central.sort_values("pn", ascending=False)[
        ["name", "pos_degree", "neg_degree", "pn", "bloc", "broker"]].head(8)
    """),
    md("""
    ## 5. The picture

    Green solid lines are alliances, red dashed lines oppositions; colours are blocs; a node's
    size grows with its activity (statements made and received). The layout puts allies
    close and opponents apart. Actors alone in a bloc of one are drawn grey here to keep the
    legend short.
    """),
    code("""
    shared_blocs = {node: bloc for node, bloc in found.membership.items()
                    if found.sizes[bloc] > 1}

    ax = sn.plot_network(G, blocs=shared_blocs, title="Iraqi politics 2019-2022: direct stances")
    sn.save_figure(ax.figure, "network.png", dpi=150)
    plt.show()
    """),
    md("""
    ## 6. Open the network in Gephi

    `sn.write_gexf` writes a GEXF file with every node and edge attribute (`name_en`,
    `name_ar`, `kind`, `country`, `bloc`, `activity`, centralities; `sign`, `signed_weight`,
    `n_statements`, dates) and the positions and colours of the picture above.

    In [Gephi](https://gephi.org):

    1. **File > Open** `network.gexf` (keep *directed*); the graph appears with the
       positions and colours of the picture.
    2. To lay it out again: **Layout** panel > *ForceAtlas 2* > **Run** (edge `weight` is a
       non-negative strength, so layouts accept it).
    3. **Appearance > Nodes > Partition > `bloc`** colours the blocs; **Ranking >
       `activity`** sizes the nodes.
    4. **Appearance > Edges > Partition > `sign`**: pick green for `1` and red for `-1`
       (or **Ranking > `signed_weight`** with a red-to-green palette).
    5. **Data Laboratory** lists every actor and tie with its attributes; **Filters >
       Attributes > Equal > `sign`** keeps only alliances or only oppositions.
    """),
    code("""
    path = sn.write_gexf(G, "network.gexf", blocs=found)
    print(f"wrote {path} and network.png")
    """),
]


# --------------------------------------------------------------------------- 02 over time

OVER_TIME = [
    md("""
    # Alliances over time: time windows, balance and blocs

    Alignments in Iraqi politics moved fast between 2019 and 2022: the protest movement and
    the fall of Abdul-Mahdi, the US strikes and the parliament's vote against foreign forces,
    Kadhimi's balancing between Washington and Tehran, the Sadrists' election victory and the
    fight with the Coordination Framework. One network for the whole period mixes all of
    this. This notebook cuts the statements into **time windows**, builds one network per
    window, and follows balance, frustration and blocs from window to window.
    """),
    code("""
    %matplotlib inline
    import matplotlib.pyplot as plt
    import pandas as pd

    import stancenet as sn

    pd.set_option("display.max_colwidth", 90)
    registry = sn.default_registry()
    statements = sn.extract(sn.demo_corpus(), registry)
    print(f"{len(statements)} statements, {statements['date'].min():%Y-%m-%d} "
          f"to {statements['date'].max():%Y-%m-%d}")
    statements.set_index("date").resample("QS").size().rename("statements per quarter") \\
        .to_frame().T
    """),
    md("""
    First a look at the raw material: the net stance each of a few key actors took, quarter
    by quarter (the sum of +1 and -1 over their statements; the marker grows with the
    number of statements).
    """),
    code("""
    key_actors = ["muqtada_al_sadr", "usa", "irn", "kataib_hezbollah", "mustafa_al_kadhimi",
                  "coordination_framework"]
    ax = sn.plot_timeline(statements, actors=key_actors, freq="Q")
    plt.show()
    """),
    md("""
    ## One network per time window

    `sn.build_networks(statements, window=..., step=...)` returns one network per window, in
    time order. `window` is the length of a window and `step` the distance between the
    starts of two windows: `window="365D", step="182D"` gives one-year windows that start
    every six months, so neighbouring windows overlap by half and the curves below move
    smoothly. Calendar windows work too (`window="QS", step=None` gives calendar quarters).
    Every statement needs a date.

    In a short window few actors speak about each other directly, and the triangles that
    balance theory counts are rare. The windows here are therefore **combined** networks:
    two actors are tied by what they say about each other (counted twice, `direct_weight=2`)
    *and* by taking the same or opposite positions on the same issues (+ when they agree,
    - when they disagree; normalised by cosine so that talkative actors do not dominate).
    Use `kind="direct"` to keep only what actors say about each other.
    """),
    code("""
    snapshots = sn.build_networks(statements, window="365D", step="182D", kind="combined",
                                  normalization="cosine", direct_weight=2.0, registry=registry)
    for g in snapshots:
        print(g.graph["start"], "to", g.graph["end"], f": {g.number_of_nodes()} actors, "
              f"{g.number_of_edges()} ties")
    """),
    md("""
    Windows run past the last dated statement: the last windows hold only a few months of
    news (see the `statements` column below) and should be read with that in mind.

    ## Balance, frustration and blocs per window

    - **balanced triangles**: share of triangles whose sign product is positive (*the enemy
      of my enemy is my friend*); empty when a window has no triangle;
    - **walk balance**: the same idea over closed walks of every length (Estrada and Benzi),
      1 when the window's network is perfectly balanced;
    - **frustration**: the fewest ties to remove to split the actors into two camps with
      only alliances inside and only oppositions between; divided by the number of ties it
      can be compared across windows of different size;
    - **blocs**: groups with alliances inside and oppositions between (signed modularity);
      **polarization** is the share of ties that agree with the blocs.
    """),
    code("""
    rows, window_blocs = [], []
    for g in snapshots:
        ties = g.number_of_edges()
        row = {"start": g.graph["start"], "end": g.graph["end"],
               "statements": g.graph["n_statements"], "actors": g.number_of_nodes(),
               "ties": ties}
        found = sn.blocs(g)
        window_blocs.append(found)
        if ties:
            balance = sn.balance(g)
            frustration = sn.frustration(g)
            row.update({
                "negative share": sum(d["sign"] < 0 for *_, d in g.edges(data=True)) / ties,
                "balanced triangles": balance.triangle_ratio,
                "triangles": balance.n_triangles,
                "walk balance": balance.walk_ratio,
                "frustration": frustration.index,
                "frustration per tie": frustration.index / ties,
                "blocs (2+ actors)": sum(size > 1 for size in found.sizes),
                "polarization": sn.polarization(g, found).score,
            })
        rows.append(row)
    windows = pd.DataFrame(rows)
    windows.round(3)
    """),
    md("""
    The balance curves. `sn.plot_balance_over_time` draws each window at its midpoint; by
    default it plots the share of balanced triangles, and `measure=` takes any function of a
    window's graph.
    """),
    code("""
    fig, (left, right) = plt.subplots(1, 2, figsize=(13, 4))
    sn.plot_balance_over_time(snapshots, ax=left)
    sn.plot_balance_over_time(
        snapshots, ax=right, label="frustration index / ties",
        measure=lambda g: sn.frustration(g).index / g.number_of_edges()
        if g.number_of_edges() else float("nan"),
    )
    fig.autofmt_xdate()  # slanted dates, so that neighbouring labels do not overlap
    plt.show()
    """),
    md("""
    ## Blocs over time

    Bloc numbers are arbitrary in each window (bloc 0 is just the largest), so the way to
    follow alignments is to ask, for pairs of actors, whether they sit in the **same bloc**
    in each window (empty when one of the two is absent from that window's news).
    """),
    code("""
    pairs = [("muqtada_al_sadr", "coordination_framework"), ("muqtada_al_sadr", "irn"),
             ("mustafa_al_kadhimi", "usa"), ("kataib_hezbollah", "usa"),
             ("irq.government", "kataib_hezbollah")]

    def together(membership, a, b):
        if a not in membership or b not in membership:
            return ""
        return "same bloc" if membership[a] == membership[b] else "apart"

    alignment = pd.DataFrame(
        {f"{registry.name(a)} / {registry.name(b)}":
         [together(found.membership, a, b) for found in window_blocs] for a, b in pairs},
        index=[f"{g.graph['start']} to {g.graph['end']}" for g in snapshots],
    )
    alignment
    """),
    md("""
    When a result surprises you, read the statements behind it. In a combined network the
    tie between two actors has a `direct` part (what they said about each other) and an
    `indirect` part (agreement minus disagreement on shared issues), and
    `sn.edge_statements` returns the statements that make it up:
    """),
    code("""
    from IPython.display import display

    a, b = "muqtada_al_sadr", "coordination_framework"
    for g in snapshots:
        if g.has_edge(a, b):
            tie = g[a][b]
            print(f"{g.graph['start']} to {g.graph['end']}: signed weight "
                  f"{tie['signed_weight']:+.2f} = 2 x direct stances ({tie['direct']:+.0f}) "
                  f"+ shared issues ({tie['indirect']:+.2f})")
            display(sn.edge_statements(g, a, b, statements)[
                ["date", "source_name", "polarity", "target_name", "cue", "evidence"]])
            break
    else:
        print(f"no tie between {a} and {b} in any window")
    """),
    md("""
    Check which categories carry such a tie. Meetings and calls (category `consult`) count
    as positive stances; if in your reading a meeting between rivals is not an alliance,
    leave that category out before building the windows, e.g.
    `sn.build_networks(statements[statements["category"] != "consult"], ...)`, and compare.
    """),
    md("The largest blocs of the first and of a later window, by name:"),
    code("""
    def largest_blocs(g, found, top=3):
        names = dict(g.nodes(data="name_en"))
        members = pd.Series(found.membership, name="bloc").rename_axis("actor").reset_index()
        members["name"] = members["actor"].map(names)
        table = members.groupby("bloc").agg(size=("name", "size"), members=("name", ", ".join))
        return table.sort_values("size", ascending=False).head(top) \\
            .assign(window=f"{g.graph['start']} to {g.graph['end']}")

    pd.concat([largest_blocs(snapshots[0], window_blocs[0]),
               largest_blocs(snapshots[3], window_blocs[3])])
    """),
    md("""
    The two windows side by side (actors alone in their bloc are grey):
    """),
    code("""
    fig, axes = plt.subplots(1, 2, figsize=(18, 10))
    for ax, index in zip(axes, (0, 3)):
        g, found = snapshots[index], window_blocs[index]
        shared = {n: b for n, b in found.membership.items() if found.sizes[b] > 1}
        sn.plot_network(g, ax=ax, blocs=shared, max_labels=20, legend=False,
                        title=f"{g.graph['start']} to {g.graph['end']}")
    plt.show()
    """),
    md("""
    ## A dynamic network for Gephi's timeline

    `sn.write_dynamic_gexf` writes all windows into one GEXF file: each actor and tie is
    present in the windows where it occurs, and the tie values (`weight`, `signed_weight`,
    `sign`, `n_statements`) change from window to window. Positions and colours are those of
    all windows together, so actors stay in place while ties appear and disappear.

    In Gephi: **File > Open** `alliances_over_time.gexf`; Gephi recognises a dynamic graph.
    Then **Window > Timeline**, click **Enable Timeline** and drag or play the time window
    along the bar. Colour nodes with **Appearance > Nodes > Partition > `bloc`** and edges with
    **Appearance > Edges > Partition > `sign`** (green for 1, red for -1). The **Statistics**
    panel has dynamic versions of degree and clustering that give one value per time step.
    """),
    code("""
    path = sn.write_dynamic_gexf(snapshots, "alliances_over_time.gexf")
    windows.to_csv("windows.csv", index=False)
    print(f"wrote {path} and windows.csv")
    """),
]


# --------------------------------------------------------------------------- 03 own corpus

MY_ACTORS_YAML = """\
# My own actors, merged over stancenet's packaged registry by sn.load_registry.
# Arabic aliases are written without the clitic prefixes و ف ب ل ك (stancenet strips them).
actors:
  - id: tahrir_activists
    name_en: Tahrir Square activists
    name_ar: ناشطو ساحة التحرير
    aliases_ar: [ناشطون في ساحة التحرير, ناشطين في ساحة التحرير, ناشطي ساحة التحرير]
    aliases_en: [Tahrir activists]
    kind: organisation
    country: IRQ
    sector: CVL
  - id: abdul_karim_hashim
    name_en: Abdul Karim Hashim
    name_ar: عبد الكريم هاشم
    kind: person
    role: undersecretary of the Iraqi foreign ministry
    country: IRQ
    sector: GOV
    parent: irq.ministry_of_foreign_affairs
  - id: david_hale
    name_en: David Hale
    name_ar: ديفيد هيل
    kind: person
    role: US under secretary of state for political affairs
    country: USA
    sector: GOV
    parent: usa.ministry_of_foreign_affairs
"""

OWN_CORPUS = [
    md("""
    # Your own corpus and actors: read, extend, review, correct, rebuild

    Real work starts from your own news collection and your own list of actors, and the
    machine's statements are a draft that an analyst checks. This notebook walks through that
    loop on a small sample CSV that ships with stancenet (12 reports from the demo corpus,
    stored with the column names another tool might use):

    1. read a CSV whose columns are not named the way stancenet expects;
    2. extract statements, find an actor the registry does not know, and add it from a
       YAML file of your own;
    3. review the statements in pandas: drop wrong rows, fix a polarity, fix a source;
    4. add hand-coded statements (only source, target and polarity are needed);
    5. rebuild the network and compare it with the raw one.
    """),
    code("""
    %matplotlib inline
    from pathlib import Path

    import matplotlib.pyplot as plt
    import pandas as pd

    import stancenet as sn
    from stancenet.data import data_path

    pd.set_option("display.max_colwidth", 90)
    """),
    md("""
    ## 1. A CSV with its own column names

    The file has the columns `id`, `published`, `headline` and `body`. Tell `read_corpus`
    which column holds which field; the rest (parsing dates, checking for empty texts and
    duplicate ids) is done for you, and problems are reported per document in the `problem`
    column.
    """),
    code("""
    csv_path = data_path("demo", "sample_corpus.csv")
    pd.read_csv(csv_path).head(3)
    """),
    code("""
    docs = sn.read_corpus(csv_path, id_column="id", date_column="published",
                          title_column="headline", text_column="body")
    print(f"{len(docs)} documents, {int((docs['problem'] != '').sum())} with problems")
    docs[["doc_id", "date", "title"]].head()
    """),
    md("""
    ## 2. Extract, and extend the registry with your own actors

    A first extraction with the packaged registry. The per-document accounting (sentences,
    statements, status) is kept in `statements.attrs["documents"]`.
    """),
    code("""
    statements = sn.extract(docs)
    print(f"{len(statements)} statements")
    statements.attrs["documents"].head()
    """),
    md("""
    One report on the *million-man march* of January 2020 ends with: *واتهم ناشطون في ساحة
    التحرير الصدر بالتخلي عن المحتجين* — "activists in Tahrir Square accused al-Sadr of
    abandoning the protesters". The registry has no entry for these activists, so the
    accusation cannot be given its real author. What did the extractor make of the sentence?
    """),
    code("""
    about_activists = statements["evidence"].str.contains("ناشطون في ساحة التحرير")
    print("registry entries for 'ناشطون':", len(sn.default_registry().search("ناشطون")))
    statements.loc[about_activists, ["source_name", "polarity", "target_name", "cue", "evidence"]]
    """),
    md("""
    The fix is data, not code: a YAML file with your actors (and issues, if you need them),
    in the format of stancenet's own registry files (`stancenet/registry/data/actors/`).
    Fields: `id` (your choice, lower case), `name_en`, `name_ar`, Arabic and English
    `aliases_*` (the spellings the press uses), `kind` (person, party, militia, government,
    state, organisation, ...), `country` (ISO alpha-3), `sector`, and for persons `role` and
    `parent` (the body they speak for). Here: the Tahrir Square activists, and the two
    officials who led the first round of the strategic dialogue (they speak for their
    foreign ministries).
    """),
    code(f'''
    MY_ACTORS = """\\
    {_clean(MY_ACTORS_YAML).replace(chr(10), chr(10) + "    ")}
    """
    Path("my_actors.yaml").write_text(MY_ACTORS, encoding="utf-8")

    my_registry = sn.load_registry("my_actors.yaml")  # merged over the packaged registry
    print(f"packaged registry: {{len(sn.default_registry().actors)}} actors; "
          f"with my_actors.yaml: {{len(my_registry.actors)}}")
    print("problems found by validate():", my_registry.validate())
    my_registry.search("ناشطون")
    '''),
    md("Extract again with the extended registry: the accusation now has its author."),
    code("""
    statements = sn.extract(docs, my_registry)
    about_activists = statements["evidence"].str.contains("ناشطون في ساحة التحرير")
    statements.loc[about_activists, ["source_name", "polarity", "target_name", "cue", "evidence"]]
    """),
    md("""
    ## 3. Review and correct the statements in pandas

    Read each statement against its sentence. The table is a plain DataFrame, so any pandas
    operation works; for a long review, `sn.write_statements(statements, "review.csv")`
    writes a file that Excel or LibreOffice open with the Arabic intact, and
    `sn.read_statements` reads the corrected file back. Mark the rows you change with
    `method = "manual"` so the correction stays visible.
    """),
    code("""
    review = statements[["statement_id", "source_name", "polarity", "target_name", "category",
                         "cue", "evidence"]]
    review.head(12)
    """),
    md("""
    Rule-based extraction gets better from version to version, so when you run this
    notebook some of the readings corrected below may already be right. Each correction
    therefore selects its rows by what they say and shows what it found; a selection that
    finds nothing changes nothing.

    **Wrong rows to drop.**

    - *وقاطع نواب الإطار التنسيقي والاتحاد الوطني الكردستاني الجلسة*: the MPs *of* the
      Coordination Framework and of the PUK boycotted the session. Read as MPs opposing the
      Framework and the PUK, it is wrong (the stance it does carry is added by hand below).
    - *صوت مجلس النواب ... بعد أكثر من خمسة أشهر من استقالة عادل عبد المهدي*: parliament
      approved Kadhimi's government *five months after Abdul-Mahdi's resignation*. The
      resignation dates the vote; it is not parliament rejecting Abdul-Mahdi.

    Select them, look at their `statement_id`, and drop them by id.
    """),
    code("""
    boycott = (statements["source"] == "irq.lawmakers") \\
        & statements["target"].isin(["coordination_framework", "puk"])
    resignation = (statements["source"] == "irq.parliament") \\
        & (statements["target"] == "adil_abdul_mahdi") & (statements["polarity"] < 0)
    wrong_ids = statements.loc[boycott | resignation, "statement_id"].tolist()
    wrong_ids
    """),
    code("""
    reviewed = statements[~statements["statement_id"].isin(wrong_ids)].copy()
    print(f"{len(statements)} -> {len(reviewed)} statements")
    """),
    md("""
    **Polarities to fix.** *وتعهد السوداني بمكافحة الفساد*: Sudani pledged to *fight*
    corruption; *وشدد السيسي على أهمية التنسيق ... في مواجهة الإرهاب والتدخلات الخارجية*:
    al-Sisi stressed coordination *against* terrorism and foreign interference. A reading
    as support for what they oppose must become -1.
    """),
    code("""
    against = ((reviewed["source"] == "mohammed_shia_al_sudani")
               & (reviewed["target"] == "corruption")) \\
        | ((reviewed["source"] == "abdel_fattah_al_sisi")
           & (reviewed["target"] == "foreign_interference"))
    reviewed.loc[against, ["polarity", "method"]] = [-1, "manual"]
    reviewed.loc[against, ["statement_id", "source_name", "polarity", "target_name", "cue", "method"]]
    """),
    md("""
    **A source and a target to fix.**
    *وحضر رئيس الوزراء المستقيل عادل عبد المهدي الجلسة، ودعا النواب إلى إنهاء الوجود
    الأجنبي*: it is the outgoing prime minister Abdul-Mahdi who called for ending the foreign
    presence, not the MPs he addressed. *وأكد الملك عبد الله الثاني دعم الأردن لأمن العراق*:
    King Abdullah affirmed Jordan's support for *Iraq*; the support is for Iraq, not for
    Jordan. The registry gives the readable names.
    """),
    code("""
    call = (reviewed["source"] == "irq.lawmakers") & (reviewed["target"] == "us_withdrawal")
    reviewed.loc[call, ["source", "source_name", "source_mention", "method"]] = [
        "adil_abdul_mahdi", my_registry.name("adil_abdul_mahdi"), "عادل عبد المهدي", "manual"]

    king = (reviewed["source"] == "king_abdullah_ii") & (reviewed["target"] == "jor")
    reviewed.loc[king, ["target", "target_name", "target_mention", "method"]] = [
        "irq", my_registry.name("irq"), "العراق", "manual"]

    reviewed.loc[call | king, ["statement_id", "source_name", "polarity", "target_name", "cue",
                               "method"]]
    """),
    md("""
    ## 4. Add hand-coded statements

    Some stances the extractor misses, or you know from other sources. A hand-coded
    statement needs only `source`, `target` and `polarity` (+1/-1; also '+'/'-',
    'support'/'oppose' or yes/no as in Discourse Network Analyzer); `date` and `doc_id` are
    used when you give them. `sn.validate_statements` checks the rows (an unknown polarity
    or an empty source is reported with its row) and, given the registry, fills in the
    names and whether the target is an actor or an issue.

    Here, from the same reports: Saudi Arabia and Jordan welcomed Kadhimi's new government
    (May 2020), Iraq and Saudi Arabia signed five agreements (March 2021), and the
    Coordination Framework and the PUK boycotted the March 2022 session to deny a quorum to
    the Sadr-KDP-Sovereignty alliance.
    """),
    code("""
    hand_coded = sn.validate_statements(pd.DataFrame({
        "source":   ["sau", "jor", "irq", "sau", "coordination_framework", "puk"],
        "target":   ["mustafa_al_kadhimi", "mustafa_al_kadhimi", "sau", "irq",
                     "tripartite_alliance", "tripartite_alliance"],
        "polarity": [+1, +1, +1, +1, -1, -1],
    }), registry=my_registry)
    hand_coded[["statement_id", "source_name", "polarity", "target_name", "target_kind", "method"]]
    """),
    code("""
    final = sn.validate_statements(pd.concat([reviewed, hand_coded], ignore_index=True))
    sn.write_statements(final, "reviewed_statements.csv")
    print(f"{len(final)} statements ({(final['method'] == 'manual').sum()} manual) "
          "written to reviewed_statements.csv")
    assert len(sn.read_statements("reviewed_statements.csv")) == len(final)
    """),
    md("""
    ## 5. Rebuild the network and compare

    The raw extraction (with the extended registry) against the reviewed statements:
    """),
    code("""
    before = sn.build_network(statements, registry=my_registry)
    after = sn.build_network(final, registry=my_registry)

    def figures(G):
        balance, frustration, found = sn.balance(G), sn.frustration(G), sn.blocs(G)
        return {"actors": G.number_of_nodes(), "ties": G.number_of_edges(),
                "negative ties": sum(d["sign"] < 0 for *_, d in G.edges(data=True)),
                "balanced triangles": balance.triangle_ratio,
                "walk balance": round(balance.walk_ratio, 3),
                "frustration": frustration.index,
                "blocs (2+ actors)": sum(size > 1 for size in found.sizes)}

    pd.DataFrame({"raw extraction": figures(before), "reviewed": figures(after)})
    """),
    md("Which ties changed:"),
    code("""
    columns = ["source", "target", "signed_weight"]
    changes = sn.edges_frame(before)[columns].merge(
        sn.edges_frame(after)[columns], on=["source", "target"], how="outer",
        suffixes=(" raw", " reviewed"), indicator=True)
    changes = changes[(changes["_merge"] != "both")
                      | (changes["signed_weight raw"] != changes["signed_weight reviewed"])]
    names = {**dict(before.nodes(data="name_en")), **dict(after.nodes(data="name_en"))}
    changes.assign(source=changes["source"].map(names), target=changes["target"].map(names),
                   change=changes["_merge"].map({"left_only": "removed", "right_only": "added",
                                                  "both": "changed"})) \\
        .drop(columns="_merge").reset_index(drop=True)
    """),
    code("""
    fig, axes = plt.subplots(1, 2, figsize=(18, 9))
    for ax, (title, G) in zip(axes, [("raw extraction", before), ("reviewed", after)]):
        sn.plot_network(G, ax=ax, blocs=sn.blocs(G), legend=False, title=title)
    plt.show()
    """),
    code("""
    sn.write_gexf(after, "my_network.gexf", blocs=sn.blocs(after))
    print("wrote my_network.gexf, reviewed_statements.csv and my_actors.yaml")
    """),
]


NOTEBOOKS = {
    "01_quickstart.ipynb": QUICKSTART,
    "02_alliances_over_time.ipynb": OVER_TIME,
    "03_your_own_corpus_and_actors.ipynb": OWN_CORPUS,
}


def make_notebook(cells: list[nbformat.NotebookNode]) -> nbformat.NotebookNode:
    """A version-4 notebook with the python3 kernel and the given cells."""
    notebook = new_notebook(cells=[nbformat.from_dict(dict(cell)) for cell in cells])
    for index, cell in enumerate(notebook.cells):
        cell.id = f"cell-{index:02d}"  # stable ids: regenerating changes no unchanged cell
    notebook.metadata["kernelspec"] = KERNELSPEC
    notebook.metadata["language_info"] = {"name": "python"}
    return notebook


def execute(notebook: nbformat.NotebookNode, workdir: Path, timeout: int = 180) -> float:
    """Run a notebook in place with nbclient in `workdir`; return the seconds it took."""
    import nbclient

    started = time.perf_counter()
    client = nbclient.NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                                     resources={"metadata": {"path": str(workdir)}})
    client.execute()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    """Write the notebooks; with ``--execute`` run them and report their run times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--execute", action="store_true", help="run each notebook after writing")
    parser.add_argument("--keep-outputs", action="store_true",
                        help="write the executed notebooks, outputs included (implies --execute)")
    parser.add_argument("--only", help="write/run only notebooks whose name contains this")
    args = parser.parse_args(argv)

    total = 0.0
    for name, cells in NOTEBOOKS.items():
        if args.only and args.only not in name:
            continue
        notebook = make_notebook(cells)
        nbformat.validate(notebook)
        if args.execute or args.keep_outputs:
            with tempfile.TemporaryDirectory() as workdir:
                seconds = execute(notebook, Path(workdir))
            total += seconds
            print(f"{name}: executed in {seconds:.1f} s")
        if not args.keep_outputs:
            notebook = make_notebook(cells)  # fresh cells: no outputs, no execution counts
        nbformat.write(notebook, HERE / name)
        print(f"wrote {HERE / name}")
    if args.execute or args.keep_outputs:
        print(f"total execution time: {total:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
