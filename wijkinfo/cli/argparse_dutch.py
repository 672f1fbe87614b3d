"""argparse's own words ("usage:", "invalid choice", …) in Dutch.

argparse asks gettext for every text it prints; these are its message ids (Python 3.11 to 3.13)
with the Dutch a volunteer reads. cli/language.py gives argparse this catalogue when the command
line speaks Dutch. A test compares the ids with the argparse of the running Python, so a new
Python with new messages fails the test instead of printing English.
"""

from __future__ import annotations

#: msgid → Dutch; a tuple is (singular, plural) for argparse's ngettext messages.
ARGPARSE_DUTCH: dict[str, str | tuple[str, str]] = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "argument %(argument_name)s: %(message)s": "bij %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "dit moet u ook opgeven: %s",
    "one of the arguments %s is required": "geef een van deze op: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "%(value)r is geen %(type)s",
    "unrecognized arguments: %s": "onbekend: %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "onduidelijke optie: %(option)s kan zijn: %(matches)s"
    ),
    "expected one argument": "hier hoort één waarde bij",
    "expected at most one argument": "hier hoort hoogstens één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "expected %s argument": ("hier hoort %s waarde bij", "hier horen %s waarden bij"),
    "not allowed with argument %s": "niet samen met %s",
    "ignored explicit argument %r": "bij deze optie hoort geen waarde: %r",
    "unexpected option string: %s": "onverwachte optie: %s",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit: %(choices)s)"
    ),
    'argument "-" with mode %r': 'het argument "-" met modus %r',
    # Mistakes in wijkinfo's own parsers, never in what a user types; Dutch all the same.
    "conflicting option string: %s": ("dubbele optie: %s", "dubbele opties: %s"),
    "conflicting subparser: %s": "dubbele opdracht: %s",
    "conflicting subparser alias: %s": "dubbele andere naam voor een opdracht: %s",
    "cannot have multiple subparser arguments": "hoogstens één reeks opdrachten",
    "'required' is an invalid argument for positionals": (
        "'required' past niet bij een argument zonder streepje"
    ),
    "mutually exclusive arguments must be optional": (
        "argumenten die elkaar uitsluiten moeten opties zijn"
    ),
    ".__call__() not defined": ".__call__() ontbreekt",
    "%r is not callable": "%r is niet aan te roepen",
    "cannot merge actions - two groups are named %r": (
        "samenvoegen kan niet: twee groepen heten %r"
    ),
    "invalid option string %(option)r: must start with a character %(prefix_chars)r": (
        "ongeldige optie %(option)r: die begint met een teken uit %(prefix_chars)r"
    ),
    "dest= is required for options like %r": "dest= is nodig bij een optie als %r",
    "invalid conflict_resolution value: %r": "ongeldige waarde voor conflict_resolution: %r",
    "subcommands": "opdrachten",
}
