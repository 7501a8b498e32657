"""Provides the table of views: every way of showing an article, declared once.

The command line's options, the checks of which options go together, the
output cache's rules and the choice of renderable all come from these rows, so a
new view is one row (and its renderable in ``output/``). Plain classes, and
nothing imported that ``--help`` would wait for.
"""

from .pipeline import Depth


class View:
    """One view.

    ``flags``: its options (none for the default, the article). ``depth``: how far the
    pipeline must go (None: it reads no article). ``bare``: whether ``--no-annotations`` makes
    sense with it. ``section``: what ``-s`` does with it, or None if it takes no ``-s``.
    ``pages``: whether ``-p`` can page it. ``width``: whether ``-w`` sets its width.
    ``cached``: whether its printed output may be kept in the output cache. ``build``: the
    ``module:function`` under the package making its renderable (or, for JSON, its text)
    from ``(article, section, args)``; empty for the interactive reader, which the command
    line runs itself, since it takes the terminal over.
    """

    __slots__ = ("name", "flags", "help", "depth", "bare", "section", "pages", "width", "cached", "build")

    def __init__(self, name: str, flags: tuple[str, ...], help: str, build: str, *,
                 depth: Depth | None = Depth.REFERENCES, bare: bool = False, section: str | None = None,
                 pages: bool = True, width: bool = True, cached: bool = True) -> None:
        self.name, self.flags, self.help, self.build = name, flags, help, build
        self.depth, self.bare, self.section = depth, bare, section
        self.pages, self.width, self.cached = pages, width, cached

    def renderable(self, article, section, args):
        from importlib import import_module

        module, function = self.build.split(":")
        return getattr(import_module(f"{__package__}.{module}"), function)(article, section, args)


VIEWS = (
    View("article", (), "the annotated article (the default)", "output.article:article_view",
         bare=True, section="only that section"),
    View("toc", ("--toc",), "list the sections with paragraph and word counts", "output.article:toc_view",
         depth=Depth.TEXT, bare=True, section="that section's row"),
    View("json", ("--json",), "print the document model as JSON", "output.export:json_view",
         depth=Depth.CLAIMS, bare=True, section="only that section", width=False, cached=False),
    View("claims", ("--claims",), "every sentence with its claim kind and cue, and counts per kind",
         "output.views:claims_view", depth=Depth.CLAIMS, section="that section's sentences"),
    View("summits", ("--summits",),
         "a table of the summits the article refers to (--all: the whole catalogue)",
         "output.views:summits_view", section="the summits that section refers to"),
    View("checks", ("--checks",),
         "the article's general claims checked against the record, and what it leaves out",
         "output.views:checks_view", section="that section's checks"),
    View("timeline", ("--timeline",), "every catalogued summit 1955-2025 on one time axis, by setting",
         "output.views:timeline_view", section="that section's summits filled in"),
    View("legend", ("--legend",), "what the markers, colours and claim kinds mean",
         "output.views:legend_view", depth=None),
    View("interactive", ("-i", "--interactive"),
         "read in a full-screen reader: contents (t), go to (g), search (/), keys (?)",
         "", depth=Depth.REFERENCES, bare=True, section="opens at that section",
         pages=False, cached=False),  # claim kinds are found when `c` first shows them
)
"""Every view; the first is the default."""


def view_named(name: str) -> View:
    return next(view for view in VIEWS if view.name == name)


def option_conflicts(view: View, args) -> str | None:
    """Why the options cannot go with this view (one line), or None when they can."""
    flag = "/".join(view.flags) or "the article view"
    if args.section is not None and view.section is None:
        return f"{flag} shows no sections: drop -s"
    if args.path is not None and view.depth is None:
        return f"{flag} reads no article: drop the PATH"
    if args.paging == "always" and not view.pages:
        return f"{flag} is already full screen: drop -p"
    if args.width is not None and not view.width:
        return f"{flag} has no line width to set: drop -w"
    if args.no_annotations and view.depth is not None and not view.bare:
        return f"{flag} shows annotations: drop --no-annotations"
    if args.all and view.name != "summits":
        return "--all goes with --summits"
    return None


def needed_depth(view: View, args) -> Depth | None:
    """How far the pipeline must go for this view with these options."""
    if view.depth is None:
        return None
    return Depth.TEXT if args.no_annotations else view.depth
