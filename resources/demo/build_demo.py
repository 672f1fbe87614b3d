"""Build the fictional demo sociale kaart of Lindestad (HSDS 3.1 nested services).

Run:  python resources/demo/build_demo.py
Writes sociale_kaart_demo.json next to this script. Stdlib only; ids are uuid5,
so running it again gives the same file. Everything in the data is invented.
"""

import json
import uuid
from pathlib import Path

NS = uuid.UUID("6f1c2a52-3d4e-4b7a-9c1d-2e5f8a9b0c11")
OUT = Path(__file__).with_name("sociale_kaart_demo.json")


def uid(kind, key):
    return str(uuid.uuid5(NS, f"{kind}:{key}"))


# --------------------------------------------------------------------------- taxonomies
THEMAS = [
    (
        "gezondheid-zorg",
        "Gezondheid & zorg",
        "Huisarts, zorg thuis, psychische hulp, jeugd en gezin.",
    ),
    (
        "hulpvragen-initiatieven",
        "Hulpvragen & initiatieven",
        "Hulp bij geld en schulden, formulieren, juridische vragen, wonen, werk, digitale hulp en mantelzorg.",
    ),
    ("leefstijl-sporten", "Leefstijl & sporten", "Bewegen, sporten, gezond eten en gezond leven."),
    (
        "ontmoeten-samen-doen",
        "Ontmoeten & samen doen",
        "Mensen ontmoeten, koffieochtenden, taalcafé, buurthuis en hulp bij eenzaamheid.",
    ),
    (
        "wijk-gemeentezaken",
        "Wijk & gemeentezaken",
        "Afval, wijkagent, loket van de gemeente en wijkraad.",
    ),
]

WIJKEN = {  # code -> (naam, [(buurtcode, buurtnaam)])
    "centrum": (
        "Centrum",
        [
            ("binnenstad", "Binnenstad"),
            ("marktkwartier", "Marktkwartier"),
            ("lindepoort", "Lindepoort"),
        ],
    ),
    "noordoost": ("Noordoost", [("molenkwartier", "Molenkwartier"), ("vogelbuurt", "Vogelbuurt")]),
    "oost": (
        "Oost",
        [("lindepark", "Lindepark"), ("oostpoort", "Oostpoort"), ("bloemenwijk", "Bloemenwijk")],
    ),
    "zuid": ("Zuid", [("zuiderhof", "Zuiderhof"), ("kanaalzijde", "Kanaalzijde")]),
    "zuidwest": (
        "Zuidwest",
        [("rietlanden", "Rietlanden"), ("de-weide", "De Weide"), ("spoorzicht", "Spoorzicht")],
    ),
    "west": ("West", [("westerhaven", "Westerhaven"), ("kastanjehof", "Kastanjehof")]),
}
BUURT_WIJK = {b: w for w, (_, bs) in WIJKEN.items() for b, _ in bs}

TAX_THEMA = uid("taxonomy", "wijkinfo-thema")
TAX_WIJK = uid("taxonomy", "wijkinfo-wijk")


def term_id(code):
    return uid("term", code)


def build_terms():
    terms = [
        {"id": term_id(c), "code": c, "name": n, "description": d, "taxonomy_id": TAX_THEMA}
        for c, n, d in THEMAS
    ]
    terms.append(
        {
            "id": term_id("heel-lindestad"),
            "code": "heel-lindestad",
            "name": "Heel Lindestad",
            "description": "Voor alle wijken van Lindestad",
            "taxonomy_id": TAX_WIJK,
        }
    )
    for w, (naam, buurten) in WIJKEN.items():
        terms.append(
            {
                "id": term_id(f"wijk-{w}"),
                "code": f"wijk-{w}",
                "name": naam,
                "description": f"Wijk {naam}",
                "taxonomy_id": TAX_WIJK,
            }
        )
        for b, bnaam in buurten:
            terms.append(
                {
                    "id": term_id(f"buurt-{b}"),
                    "code": f"buurt-{b}",
                    "name": bnaam,
                    "description": f"Buurt in {naam}",
                    "taxonomy_id": TAX_WIJK,
                    "parent_id": term_id(f"wijk-{w}"),
                }
            )
    return terms


# --------------------------------------------------------------------------- organisations
# key: (naam, beschrijving, domein, e-mail zonder domein of None)
ORGS = {
    "gemeente": (
        "Gemeente Lindestad",
        "De gemeente Lindestad. Voor paspoort, afval, zorg en geldzaken.",
        "lindestad",
        "info",
    ),
    "geldfit": (
        "Stichting Geldfit Lindestad",
        "Helpt inwoners met geldzorgen en schulden. Gratis en in vertrouwen.",
        "geldfit-lindestad",
        "info",
    ),
    "papierwijzer": (
        "Stichting De Papierwijzer",
        "Vrijwilligers helpen met brieven en formulieren.",
        "papierwijzer",
        "hallo",
    ),
    "voedselhulp": (
        "Stichting Voedselhulp Lindestad",
        "Geeft voedselpakketten aan mensen met heel weinig geld.",
        "voedselhulp-lindestad",
        "info",
    ),
    "rechtswinkel": (
        "Rechtswinkel Lindestad",
        "Gratis juridisch advies door rechtenstudenten en vrijwilligers.",
        "rechtswinkel-lindestad",
        "vragen",
    ),
    "wijkteam": (
        "Sociaal Wijkteam Lindestad",
        "Eén team in elke wijk voor vragen over zorg, geld, opvoeden en wonen.",
        "wijkteam-lindestad",
        "info",
    ),
    "mantelzorg": (
        "Mantelzorgpunt Lindestad",
        "Steun en advies voor mensen die zorgen voor een naaste.",
        "mantelzorgpunt-lindestad",
        "info",
    ),
    "bieb": (
        "Bibliotheek Lindestad",
        "De openbare bibliotheek. Ook voor taal, computerhulp en ontmoeting.",
        "bibliotheek-lindestad",
        "info",
    ),
    "vrijwilligers": (
        "Vrijwilligerscentrale Lindestad",
        "Helpt mensen aan leuk vrijwilligerswerk in Lindestad.",
        "vrijwilligers-lindestad",
        "contact",
    ),
    "werkpunt": (
        "Werkpunt Lindestad",
        "Hulp bij werk zoeken, solliciteren en een opleiding kiezen.",
        "werkpunt-lindestad",
        "info",
    ),
    "lindewonen": (
        "Woningstichting Lindewonen",
        "Verhuurt sociale huurwoningen in Lindestad.",
        "lindewonen",
        "klantenservice",
    ),
    "energie": (
        "Energiecoaches Lindestad",
        "Vrijwillige energiecoaches helpen u energie en geld te besparen.",
        "energiecoaches-lindestad",
        "aanmelden",
    ),
    "thuisveilig": (
        "Meldpunt Geweld in Huis Lindestad",
        "Advies en hulp bij huiselijk geweld en kindermishandeling.",
        "geweldinhuis-lindestad",
        None,
    ),
    "nieuwkomers": (
        "Stichting Nieuwkomers Lindestad",
        "Helpt statushouders en andere nieuwkomers op weg in Lindestad.",
        "nieuwkomers-lindestad",
        "info",
    ),
    "kledingbank": (
        "Kledingbank Lindestad",
        "Gratis kleding voor mensen met een laag inkomen.",
        "kledingbank-lindestad",
        "info",
    ),
    "dehaven": (
        "Inloophuis De Haven",
        "Opvang en hulp voor mensen zonder vaste woonplek.",
        "dehaven-lindestad",
        "info",
    ),
    "oostpoort": (
        "Huisartsenpraktijk Oostpoort",
        "Huisartsenpraktijk met drie huisartsen in Oost.",
        "huisartsoostpoort",
        "assistente",
    ),
    "kastanje": (
        "Gezondheidscentrum De Kastanje",
        "Huisartsen, fysiotherapie en praktijkondersteuners onder één dak.",
        "dekastanje",
        "info",
    ),
    "hap": (
        "Huisartsenpost Lindestad",
        "Spoedzorg van de huisarts in de avond, de nacht en het weekend.",
        "hap-lindestad",
        None,
    ),
    "ggz": (
        "GGZ Lindenhoven",
        "Hulp bij psychische problemen voor volwassenen.",
        "ggz-lindenhoven",
        "info",
    ),
    "nachtlijn": (
        "Stichting Nachtlijn Lindestad",
        "Vrijwilligers luisteren als u 's avonds of 's nachts wilt praten.",
        "nachtlijn-lindestad",
        "info",
    ),
    "samenthuis": (
        "Zorgcoöperatie Samen Thuis",
        "Coöperatie voor thuiszorg en wijkverpleging in Lindestad.",
        "samenthuis",
        "zorg",
    ),
    "jeugdgezin": (
        "Jeugd & Gezin Lindestad",
        "Consultatiebureau en hulp bij opgroeien en opvoeden.",
        "jeugdengezin-lindestad",
        "info",
    ),
    "apotheek": (
        "Apotheek Lindeplein",
        "Apotheek in het centrum van Lindestad.",
        "apotheeklindeplein",
        "apotheek",
    ),
    "tandarts": (
        "Tandartspraktijk Zuiderhof",
        "Tandartsen en mondhygiënisten in Zuid.",
        "tandartszuiderhof",
        "balie",
    ),
    "dewieg": (
        "Verloskundigenpraktijk De Wieg",
        "Verloskundigen voor zwangerschap, bevalling en kraamtijd.",
        "dewieg",
        "info",
    ),
    "sportservice": (
        "Sportservice Lindestad",
        "Helpt inwoners van alle leeftijden om te bewegen en te sporten.",
        "sportservice-lindestad",
        "info",
    ),
    "wetering": ("Zwembad De Wetering", "Overdekt zwembad in West.", "dewetering", "receptie"),
    "gezondleven": (
        "Praktijk Gezond Leven",
        "Leefstijlcoaches voor gezond eten, bewegen en slapen.",
        "gezondleven",
        "info",
    ),
    "rookvrij": (
        "Rookvrij Lindestad",
        "Cursussen om te stoppen met roken.",
        "rookvrij-lindestad",
        "info",
    ),
    "groenevinger": (
        "Volkstuinvereniging De Groene Vinger",
        "Volkstuinen en een buurtmoestuin in Zuidwest.",
        "groenevinger",
        "bestuur",
    ),
    "fitwijk": (
        "Stichting Fit in de Wijk",
        "Gratis of goedkoop sporten in de buurt.",
        "fitindewijk",
        "info",
    ),
    "smaakvol": (
        "Diëtistenpraktijk Smaakvol",
        "Diëtisten voor advies over gezond eten.",
        "smaakvol",
        "praktijk",
    ),
    "welzijn": (
        "Stichting Welzijn Lindestad",
        "Beheert de buurthuizen en organiseert activiteiten in de wijken.",
        "welzijn-lindestad",
        "info",
    ),
    "taalhuis": (
        "Taalhuis Lindestad",
        "Hulp bij beter Nederlands leren lezen, schrijven en spreken.",
        "taalhuis-lindestad",
        "info",
    ),
    "reparatie": (
        "Reparatiecafé De Schroevendraaier",
        "Vrijwilligers repareren samen met u kapotte spullen.",
        "schroevendraaier",
        "info",
    ),
    "ouderen": (
        "Stichting Ouderen Samen",
        "Activiteiten en contact voor ouderen in Lindestad.",
        "ouderensamen",
        "info",
    ),
    "anker": (
        "Vrouwenhuis Het Anker",
        "Ontmoetingsplek voor vrouwen uit alle culturen.",
        "hetanker",
        "welkom",
    ),
    "dekelder": (
        "Jongerencentrum De Kelder",
        "Plek voor jongeren om te chillen, te leren en mee te doen.",
        "dekelder",
        "info",
    ),
    "lindeschoon": (
        "Lindeschoon",
        "Het afvalbedrijf van Lindestad.",
        "lindeschoon",
        "klantenservice",
    ),
    "politie": ("Politie Lindestad", "De wijkagenten van Lindestad.", "politie-lindestad", None),
    "wijkraadoost": (
        "Wijkraad Oost",
        "Bewoners die meepraten over plannen voor wijk Oost.",
        "wijkraad-oost",
        "secretaris",
    ),
    "wijkraadzuid": (
        "Wijkraad Zuid",
        "Bewoners die meepraten over plannen voor wijk Zuid.",
        "wijkraad-zuid",
        "secretaris",
    ),
    "bemiddeling": (
        "Buurtbemiddeling Lindestad",
        "Vrijwilligers helpen buren om samen een ruzie op te lossen.",
        "buurtbemiddeling-lindestad",
        "aanmelden",
    ),
}


def site(org):
    return f"https://www.{ORGS[org][2]}.example.nl"


def org_email(org):
    box = ORGS[org][3]
    return f"{box}@{ORGS[org][2]}.example.nl" if box else None


def organization(org):
    naam, beschrijving, _, _ = ORGS[org]
    o = {
        "id": uid("organization", org),
        "name": naam,
        "description": beschrijving,
        "website": site(org),
    }
    if org_email(org):
        o["email"] = org_email(org)
    return o


# --------------------------------------------------------------------------- locations
ROLSTOEL = "Rolstoeltoegankelijk, lift aanwezig"
# key: (naam, adres, postcode, buurt, [toegankelijkheid])
LOCS = {
    "stadhuis": (
        "Stadhuis Lindestad",
        "Marktplein 1",
        "3511 AA",
        "marktkwartier",
        [ROLSTOEL, "Ringleiding bij de balie", "Invalidentoilet"],
    ),
    "geldfit": (
        "Kantoor Geldfit",
        "Korte Nieuwstraat 14",
        "3511 BK",
        "binnenstad",
        ["Drempel bij de ingang, bel aan voor hulp"],
    ),
    "bieb": (
        "Centrale Bibliotheek Lindestad",
        "Lindeplein 3",
        "3512 CD",
        "lindepoort",
        [ROLSTOEL, "Invalidentoilet"],
    ),
    "rechtswinkel": (
        "Rechtswinkel Lindestad",
        "Havenstraat 22",
        "3511 CX",
        "binnenstad",
        ["Spreekkamer op de eerste verdieping, geen lift"],
    ),
    "apotheek": (
        "Apotheek Lindeplein",
        "Lindeplein 9",
        "3512 CE",
        "lindepoort",
        ["Rolstoeltoegankelijk", "Automatische deur"],
    ),
    "mcl": (
        "Medisch Centrum Lindestad",
        "Gasthuislaan 40",
        "3512 GH",
        "lindepoort",
        [ROLSTOEL, "Parkeerplaatsen voor mensen met een beperking"],
    ),
    "dehaven": (
        "Inloophuis De Haven",
        "Kerkstraat 7",
        "3511 DK",
        "binnenstad",
        ["Rolstoeltoegankelijk op de begane grond"],
    ),
    "werkpunt": ("Werkpunt Lindestad", "Stationsplein 4", "3512 SP", "lindepoort", [ROLSTOEL]),
    "demolen": (
        "Buurthuis De Molen",
        "Molenweg 31",
        "3521 EM",
        "molenkwartier",
        ["Rolstoeltoegankelijk", "Invalidentoilet"],
    ),
    "lindewonen": ("Kantoor Lindewonen", "Merelstraat 2", "3522 KL", "vogelbuurt", [ROLSTOEL]),
    "samenthuis": (
        "Wijkpost Samen Thuis",
        "Spechtlaan 18",
        "3522 LP",
        "vogelbuurt",
        ["Rolstoeltoegankelijk"],
    ),
    "gh-vogel": (
        "Gezondheidshuis Vogelbuurt",
        "Kievitstraat 44",
        "3522 MR",
        "vogelbuurt",
        [ROLSTOEL],
    ),
    "delinde": (
        "Buurthuis De Linde",
        "Lindelaan 12",
        "3531 AB",
        "lindepark",
        ["Rolstoeltoegankelijk", "Invalidentoilet", "Ringleiding in de grote zaal"],
    ),
    "oostpoort": (
        "Huisartsenpraktijk Oostpoort",
        "Poortstraat 88",
        "3532 CT",
        "oostpoort",
        ["Rolstoeltoegankelijk"],
    ),
    "wp-bloem": (
        "Wijkpunt Bloemenwijk",
        "Tulpstraat 5",
        "3533 TV",
        "bloemenwijk",
        ["Rolstoeltoegankelijk", "Invalidentoilet"],
    ),
    "lindepark": (
        "Lindepark, ingang Parkweg",
        "Parkweg 1",
        "3531 PA",
        "lindepark",
        ["Verharde paden, geschikt voor rolstoel en rollator"],
    ),
    "sporthal": (
        "Sporthal De Zuiderhof",
        "Sportlaan 3",
        "3541 SZ",
        "zuiderhof",
        [ROLSTOEL, "Aangepaste kleedkamer"],
    ),
    "gc-zuid": ("Gezondheidscentrum Zuiderhof", "Hofstraat 27", "3541 HB", "zuiderhof", [ROLSTOEL]),
    "debrug": (
        "Steunpunt De Brug",
        "Brugstraat 11",
        "3541 BR",
        "zuiderhof",
        ["Rolstoeltoegankelijk"],
    ),
    "uitgifte": (
        "Uitgiftepunt Kanaalzijde",
        "Kanaalweg 150",
        "3542 KW",
        "kanaalzijde",
        ["Rolstoeltoegankelijk, ingang aan de achterkant"],
    ),
    "desluis": (
        "Buurtwerkplaats De Sluis",
        "Sluisstraat 9",
        "3542 SL",
        "kanaalzijde",
        ["Eén kleine drempel bij de ingang"],
    ),
    "hetbaken": (
        "Wijkcentrum Het Baken",
        "Rietlaan 60",
        "3551 RB",
        "rietlanden",
        [ROLSTOEL, "Invalidentoilet"],
    ),
    "sportveld": ("Sportveldje Rietlanden", "Biezenstraat 1", "3551 BZ", "rietlanden", []),
    "anker": (
        "Vrouwenhuis Het Anker",
        "Weidestraat 14",
        "3552 WA",
        "de-weide",
        ["Rolstoeltoegankelijk", "Kinderhoek aanwezig"],
    ),
    "gc-weide": (
        "Gezondheidscentrum De Weide",
        "Weidelaan 2",
        "3552 GD",
        "de-weide",
        [ROLSTOEL, "Ruimte voor kinderwagens"],
    ),
    "volkstuin": (
        "Volkstuinencomplex De Groene Vinger",
        "Volkstuinpad 4",
        "3553 VT",
        "spoorzicht",
        ["Brede paden, verhoogde plantenbakken"],
    ),
    "brengstation": (
        "Afvalbrengstation Spoorzicht",
        "Industrieweg 20",
        "3553 IA",
        "spoorzicht",
        [],
    ),
    "kledingbank": (
        "Kledingbank Lindestad",
        "Stationsweg 33",
        "3553 SW",
        "spoorzicht",
        ["Winkel op de eerste verdieping, geen lift"],
    ),
    "westerhaven": (
        "Wijkcentrum Westerhaven",
        "Havenkade 8",
        "3561 HK",
        "westerhaven",
        [ROLSTOEL, "Invalidentoilet"],
    ),
    "dekelder": (
        "Jongerencentrum De Kelder",
        "Kadestraat 17",
        "3561 KD",
        "westerhaven",
        ["Niet rolstoeltoegankelijk (trap naar beneden)"],
    ),
    "kastanje": (
        "Gezondheidscentrum De Kastanje",
        "Kastanjelaan 101",
        "3562 KA",
        "kastanjehof",
        [ROLSTOEL],
    ),
    "wetering": (
        "Zwembad De Wetering",
        "Weteringpad 2",
        "3562 WP",
        "kastanjehof",
        ["Rolstoeltoegankelijk", "Tillift bij het zwembad"],
    ),
}


def location(key):
    naam, adres, postcode, _, toegang = LOCS[key]
    loc = {
        "id": uid("location", key),
        "location_type": "physical",
        "name": naam,
        "addresses": [
            {
                "id": uid("address", key),
                "address_1": adres,
                "city": "Lindestad",
                "state_province": "Utrecht",
                "postal_code": postcode,
                "country": "NL",
                "address_type": "physical",
            }
        ],
    }
    if toegang:
        loc["accessibility"] = [
            {"id": uid("accessibility", f"{key}:{i}"), "description": t}
            for i, t in enumerate(toegang)
        ]
    return loc


# --------------------------------------------------------------------------- schedules
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
DAGNAAM = dict(
    zip(
        DAYS,
        ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
        strict=True,
    )
)
FEESTDAGEN = {  # key: (van, tot, omschrijving)
    "kerst": ("2026-12-25", "2026-12-26", "Gesloten op Eerste en Tweede Kerstdag"),
    "nieuwjaar": ("2027-01-01", "2027-01-01", "Gesloten op Nieuwjaarsdag"),
    "koningsdag": ("2027-04-27", "2027-04-27", "Gesloten op Koningsdag"),
}
ALLE_FEESTDAGEN = ("kerst", "nieuwjaar", "koningsdag")


def parse_days(spec):
    if spec == "DAILY":
        return DAYS[:]
    days = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            days += DAYS[DAYS.index(a) : DAYS.index(b) + 1]
        else:
            days.append(part)
    return days


def describe_days(days):
    if days == DAYS:
        return "Elke dag"
    idx = [DAYS.index(d) for d in days]
    if len(days) > 2 and idx == list(range(idx[0], idx[-1] + 1)):
        return f"{DAGNAAM[days[0]].capitalize()} t/m {DAGNAAM[days[-1]]}"
    names = [DAGNAAM[d] for d in days]
    text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
    return text.capitalize()


def schedules(skey, specs, feest):
    """specs: 'MO-FR 09:00-17:00', 'TU,TH 13:30-16:00', 'DAILY 22:00-02:00', '24/7'.

    An optional '|Label' after a spec puts that label in front of the description."""
    out = []
    for i, spec in enumerate(specs):
        if spec == "24/7":
            days, opens, closes, desc = (
                DAYS[:],
                "00:00",
                "23:59",
                "Dag en nacht bereikbaar, ook in het weekend (24/7)",
            )
        else:
            spec, _, label = spec.partition("|")
            dayspec, times = spec.split(" ")
            opens, closes = times.split("-")
            days = parse_days(dayspec)
            if (opens, closes) == ("00:00", "23:59"):
                desc = f"{describe_days(days)} de hele dag"
            else:
                desc = f"{describe_days(days)} van {opens} tot {closes} uur"
            if closes < opens:
                desc += " (tot na middernacht)"
            if label:
                desc = f"{label}: {desc[0].lower()}{desc[1:]}"
        out.append(
            {
                "id": uid("schedule", f"{skey}:{i}"),
                "freq": "WEEKLY",
                "byday": ",".join(days),
                "opens_at": opens,
                "closes_at": closes,
                "description": desc,
            }
        )
    for f in feest:
        van, tot, desc = FEESTDAGEN[f]
        out.append(
            {
                "id": uid("schedule", f"{skey}:{f}"),
                "valid_from": van,
                "valid_to": tot,
                "description": desc,
                "attributes": [
                    {
                        "id": uid("attribute", f"{skey}:{f}:closed"),
                        "label": "closed",
                        "value": "true",
                    }
                ],
            }
        )
    return out


# --------------------------------------------------------------------------- languages
TALEN = {
    "nl": "Nederlands",
    "en": "Engels",
    "tr": "Turks",
    "ar": "Arabisch",
    "pl": "Pools",
    "zgh": "Tamazight",
    "ti": "Tigrinya",
    "uk": "Oekraïens",
}

# --------------------------------------------------------------------------- services
SERVICES = []


def S(
    key,
    thema,
    org,
    name,
    desc,
    wijk,
    *,
    loc=None,
    phones=(),
    sched=(),
    feest=(),
    talen="nl",
    fee="Gratis",
    elig="Voor alle inwoners van Lindestad.",
    apply=None,
    min_age=None,
    max_age=None,
    date="2026-05-12",
    kw="",
    status="active",
    alt=None,
    ndv=None,
    email=None,
    path=None,
    alert=None,
):
    SERVICES.append(dict(locals()))


STD_APPLY = "Loop binnen tijdens de openingstijden of bel voor een afspraak."
BEL_APPLY = "Bel tijdens de openingstijden. U hoeft geen afspraak te maken."

# ---- Gezondheid & zorg
S(
    "huisarts-oostpoort",
    "gezondheid-zorg",
    "oostpoort",
    "Huisarts Oostpoort",
    "Huisartsenpraktijk voor inwoners van Oostpoort en Lindepark. U kunt hier terecht met alle vragen over uw gezondheid. Bel 's ochtends voor een afspraak.",
    "oost",
    loc="oostpoort",
    phones=[
        ("030-2714400", "Assistente, voor een afspraak"),
        ("030-2714499", "Spoedlijn, alleen bij spoed"),
    ],
    sched=["MO-FR 08:00-17:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en,tr",
    elig="Voor patiënten die ingeschreven zijn bij de praktijk. Inschrijven kan als u in Oost woont.",
    apply="Bel tussen 08:00 en 10:00 uur voor een afspraak. Nieuwe patiënten vullen een inschrijfformulier in.",
    date="2026-09-02",
    kw="dokter, huisarts, ziek, afspraak, recept",
)
S(
    "huisarts-kastanje",
    "gezondheid-zorg",
    "kastanje",
    "Huisartsen De Kastanje",
    "Vier huisartsen en twee praktijkondersteuners. De praktijkondersteuner helpt bij suikerziekte, astma en psychische klachten. Herhaalrecepten kunt u ook online aanvragen.",
    "west",
    loc="kastanje",
    phones=[("030 276 11 20", "Assistente"), ("030 276 11 29", "Spoed")],
    sched=["MO-FR 08:00-17:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en,ar,zgh",
    elig="Voor patiënten die ingeschreven zijn bij het gezondheidscentrum.",
    apply=STD_APPLY,
    date="2026-06-18",
    kw="dokter, huisarts, POH, diabetes, herhaalrecept",
    path="huisartsen",
)
S(
    "fysio-kastanje",
    "gezondheid-zorg",
    "kastanje",
    "Fysiotherapie De Kastanje",
    "Fysiotherapie bij pijn in rug, nek, knie of schouder. U heeft geen verwijzing van de huisarts nodig. Er is ook een oefengroep voor mensen met artrose.",
    "west",
    loc="kastanje",
    phones=[("030 276 11 40", "Afspraken fysiotherapie")],
    sched=["MO-TH 08:00-20:00", "FR 08:00-17:00"],
    feest=ALLE_FEESTDAGEN,
    fee="Vergoed uit de aanvullende zorgverzekering. Anders € 38 per behandeling.",
    apply="Bel of mail voor een eerste afspraak.",
    date="2026-03-02",
    kw="fysio, rugpijn, bewegen, artrose",
    path="fysiotherapie",
)
S(
    "huisartsenpost",
    "gezondheid-zorg",
    "hap",
    "Huisartsenpost Lindestad",
    "Is het dringend en is uw eigen huisarts gesloten? Bel dan eerst de huisartsenpost. Kom niet zonder afspraak. Bij levensgevaar belt u 112.",
    "heel-lindestad",
    loc="mcl",
    phones=[("0900-1234567", "Eerst bellen, dan komen")],
    sched=["MO-FR 17:00-08:00|Avond en nacht", "SA,SU 00:00-23:59|Weekend"],
    talen="nl,en",
    elig="Voor iedereen die in Lindestad is, ook bezoekers.",
    apply="Bel altijd eerst. De assistente zegt of u moet komen.",
    date="2026-10-05",
    kw="spoed, avond, nacht, weekend, dokter, HAP",
    alert="Bij levensgevaar altijd 112 bellen.",
)
S(
    "ggz-crisis",
    "gezondheid-zorg",
    "ggz",
    "Crisisdienst GGZ Lindenhoven",
    "Hulp bij een psychische crisis, dag en nacht. U wordt doorverbonden met een hulpverlener. De huisarts of huisartsenpost kan ook voor u bellen.",
    "heel-lindestad",
    phones=[("+31 30 299 8800", "Crisislijn, 24 uur per dag")],
    sched=["24/7"],
    talen="nl,en",
    elig="Voor inwoners van Lindestad vanaf 18 jaar in een psychische crisis.",
    min_age=18,
    apply="Bel de crisislijn. Bij direct gevaar belt u 112.",
    date="2026-08-11",
    kw="crisis, psychisch, zelfmoord, verward, paniek",
    path="crisisdienst",
)
S(
    "ggz-inloop",
    "gezondheid-zorg",
    "ggz",
    "Inloop Psychisch Welzijn De Brug",
    "Een rustige plek voor mensen met psychische klachten. Drink een kop koffie, praat met een ervaringsdeskundige of doe mee aan een activiteit. U hoeft niets te vertellen als u dat niet wilt.",
    "zuid",
    loc="debrug",
    phones=[("+31 30 299 8830", "Inloop De Brug")],
    sched=["MO,WE,FR 10:00-15:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en,pl",
    elig="Voor volwassenen met psychische klachten. U heeft geen verwijzing nodig.",
    min_age=18,
    apply="Loop gewoon binnen.",
    date="2026-07-14",
    kw="somber, angst, depressie, ervaringsdeskundige, inloop",
    path="debrug",
)
S(
    "nachtlijn",
    "gezondheid-zorg",
    "nachtlijn",
    "Nachtlijn Lindestad",
    "Wilt u 's avonds of 's nachts met iemand praten? Bel de Nachtlijn. Een vrijwilliger luistert naar u. U hoeft uw naam niet te zeggen.",
    "heel-lindestad",
    phones=[("0800-0230", "Gratis en anoniem")],
    sched=["DAILY 22:00-02:00"],
    talen="nl,en",
    elig="Voor iedereen in Lindestad die eenzaam is of zorgen heeft.",
    apply="Bel het gratis nummer. U hoeft geen afspraak te maken.",
    date="2026-02-27",
    kw="praten, luisteren, eenzaam, nacht, anoniem, zorgen",
)
S(
    "wijkverpleging",
    "gezondheid-zorg",
    "samenthuis",
    "Wijkverpleging en thuiszorg",
    "Wijkverpleegkundigen helpen u thuis met wassen, aankleden, wondzorg en medicijnen. Ze komen ook in de avond. U heeft geen verwijzing nodig.",
    "noordoost",
    loc="samenthuis",
    phones=[
        ("(030) 2818100", "Aanmelden en vragen"),
        ("06-51234567", "Avond en weekend, dringend"),
    ],
    sched=["MO-FR 08:30-17:00"],
    feest=("kerst", "nieuwjaar"),
    talen="nl,tr,ar",
    fee="Vergoed uit de basisverzekering, zonder eigen risico.",
    elig="Voor inwoners van Noordoost en Centrum die thuis zorg nodig hebben.",
    apply="Bel voor een gratis kennismakingsgesprek bij u thuis.",
    date="2026-04-22",
    kw="thuiszorg, wondzorg, wassen, verpleging, oudere",
    path="wijkverpleging",
)
S(
    "geheugencafe",
    "gezondheid-zorg",
    "samenthuis",
    "Geheugencafé Lindestad",
    "Een maandelijkse avond voor mensen met dementie en hun naasten. Er is uitleg van een deskundige en tijd om te praten. De koffie en thee zijn gratis.",
    "west",
    loc="westerhaven",
    phones=[("(030) 2818122", "Informatie Geheugencafé")],
    sched=["TH 19:00-21:00"],
    feest=("kerst",),
    elig="Voor mensen met geheugenproblemen of dementie, hun partners en familie.",
    apply="Loop binnen. Aanmelden is niet nodig.",
    date="2025-01-15",
    kw="dementie, alzheimer, vergeetachtig, geheugen, mantelzorg",
    path="geheugencafe",
)
S(
    "consultatiebureau",
    "gezondheid-zorg",
    "jeugdgezin",
    "Consultatiebureau De Weide",
    "Hier volgen we de groei en ontwikkeling van uw baby of peuter. Uw kind krijgt hier ook de vaccinaties. U kunt vragen stellen over voeding, slapen en opvoeden.",
    "zuidwest",
    loc="gc-weide",
    phones=[("030-2553300", "Afspraken consultatiebureau")],
    sched=["MO-FR 08:30-16:30"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en,ar,ti,uk",
    elig="Voor ouders met kinderen van 0 tot 4 jaar.",
    min_age=0,
    max_age=3,
    apply="U krijgt vanzelf een uitnodiging na de geboorte. Bel voor een extra afspraak.",
    date="2026-07-01",
    kw="baby, peuter, vaccinatie, prikken, groei",
    path="consultatiebureau",
)
S(
    "opvoedspreekuur",
    "gezondheid-zorg",
    "jeugdgezin",
    "Opvoedspreekuur",
    "Heeft u vragen over opvoeden of opgroeien? Praat met een pedagoog. Bijvoorbeeld over driftbuien, slapen, school of puberteit.",
    "oost",
    loc="wp-bloem",
    phones=[
        ("030-2553310", "Opvoedspreekuur"),
        ("06-41234567", "WhatsApp, alleen berichten", "text"),
    ],
    sched=["TU 13:30-16:00", "TH 19:00-21:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,tr,zgh",
    elig="Voor ouders en verzorgers van kinderen van 0 tot 18 jaar.",
    max_age=17,
    apply="Loop binnen of stuur een WhatsApp-bericht.",
    date="2026-09-29",
    kw="opvoeden, kinderen, puber, ouders, pedagoog",
    path="opvoedspreekuur",
)
S(
    "apotheek",
    "gezondheid-zorg",
    "apotheek",
    "Medicijnuitleg en medicijnrol",
    "De apotheker legt uit hoe u uw medicijnen gebruikt. Slikt u veel medicijnen? Dan kunt u een medicijnrol krijgen. Daarop staat per moment wat u moet innemen.",
    "centrum",
    loc="apotheek",
    phones=[("030 231 45 67", "Apotheek")],
    sched=["MO-FR 08:00-18:00", "SA 10:00-13:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en,tr,pl",
    fee="Gratis. De medicijnrol wordt vergoed door de zorgverzekering.",
    apply="Kom langs bij de balie of bel.",
    date="2026-03-09",
    kw="medicijnen, pillen, baxter, apotheek, recept",
)
S(
    "tandarts-zuiderhof",
    "gezondheid-zorg",
    "tandarts",
    "Tandarts Zuiderhof",
    "Tandartsen en mondhygiënisten voor volwassenen en kinderen. Voor kinderen tot 18 jaar is de tandarts gratis. Er is elke ochtend een spoedspreekuur voor eigen patiënten.",
    "zuid",
    loc="gc-zuid",
    phones=[("+31 30 254 1200", "Balie"), ("+31 30 254 1209", "Spoed voor eigen patiënten")],
    sched=["MO-FR 08:00-17:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en,pl",
    fee="Volgens de landelijke tarieven. Voor kinderen gratis.",
    apply="Bel de balie om u in te schrijven.",
    date="2026-10-20",
    kw="tandarts, kiespijn, gebit, mondhygiëne",
    ndv="Tijdelijk geen nieuwe patiënten tot maart 2027",
)
S(
    "verloskundige",
    "gezondheid-zorg",
    "dewieg",
    "Verloskundige De Wieg",
    "Bent u zwanger? De verloskundige begeleidt u tijdens de zwangerschap, de bevalling en de eerste week daarna. Meld u aan zodra u weet dat u zwanger bent.",
    "zuidwest",
    loc="gc-weide",
    phones=[("030 255 44 10", "Afspraken"), ("06-22334455", "Bevalling en spoed, dag en nacht")],
    sched=["MO-FR 09:00-17:00"],
    feest=("kerst", "nieuwjaar"),
    talen="nl,en,ar,ti",
    fee="Vergoed uit de basisverzekering.",
    apply="Bel of mail om u aan te melden.",
    date="2026-01-12",
    kw="zwanger, bevalling, verloskundige, kraamzorg",
)

# ---- Hulpvragen & initiatieven
S(
    "schuldhulp",
    "hulpvragen-initiatieven",
    "geldfit",
    "Schuldhulpverlening Geldfit",
    "Heeft u schulden of kunt u uw rekeningen niet meer betalen? Een schuldhulpverlener zoekt samen met u naar een oplossing. We maken een plan en praten met de mensen aan wie u geld moet betalen.",
    "heel-lindestad",
    loc="geldfit",
    alt="Schuldhulp",
    phones=[("030-2340500", "Aanmelden schuldhulpverlening")],
    sched=["MO-FR 09:00-17:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en,tr,ar",
    elig="Voor inwoners van Lindestad vanaf 18 jaar met schulden of geldzorgen.",
    min_age=18,
    apply="Bel of loop binnen tijdens het spreekuur. Neem uw legitimatie mee en brieven over uw schulden.",
    date="2026-10-14",
    kw="schulden, geldzorgen, rekeningen, aanmaning, deurwaarder, incasso",
    path="schuldhulpverlening",
)
S(
    "budgetcoach",
    "hulpvragen-initiatieven",
    "geldfit",
    "Budgetcoach aan huis",
    "Een vrijwillige budgetcoach komt bij u thuis. Samen zet u uw inkomsten en uitgaven op een rij. Zo voorkomt u nieuwe schulden.",
    "heel-lindestad",
    phones=[("030-2340510", "Aanmelden budgetcoach")],
    sched=["TU,TH 09:00-12:30"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,tr,pl",
    elig="Voor inwoners van Lindestad vanaf 18 jaar die grip willen op hun geld.",
    min_age=18,
    apply="Bel of mail om u aan te melden. U krijgt binnen twee weken een coach.",
    date="2026-09-21",
    kw="budget, geld, administratie, schulden voorkomen, thuis",
    path="budgetcoach",
    ndv="Tijdelijk geen nieuwe aanmeldingen tot maart 2027",
)
S(
    "geldfit-inloop",
    "hulpvragen-initiatieven",
    "geldfit",
    "Inloopspreekuur Geldzaken",
    "Heeft u vragen over geld, toeslagen of een brief die u niet snapt? Kom naar het inloopspreekuur. Vrijwilligers kijken met u mee. Bij schulden helpen we u verder naar schuldhulpverlening.",
    "noordoost",
    loc="demolen",
    phones=[("030-2340520", "Inloopspreekuur")],
    sched=["WE 13:30-16:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,tr,ar,zgh",
    apply="Loop binnen. Neem uw brieven mee.",
    date="2026-06-04",
    kw="geld, toeslagen, brieven, belastingdienst, schuld",
    path="inloop",
)
S(
    "schuldenlijn",
    "hulpvragen-initiatieven",
    "geldfit",
    "Geldlijn Lindestad",
    "Maakt u zich zorgen over geld? Bel gratis de Geldlijn. We luisteren en vertellen welke hulp er is. U kunt ook anoniem bellen, bijvoorbeeld als u bang bent voor schulden.",
    "heel-lindestad",
    phones=[("0800 023 4500", "Gratis geldlijn")],
    sched=["MO-FR 09:00-17:00", "TH 19:00-21:00|Avondlijn"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en",
    apply=BEL_APPLY,
    date="2026-04-02",
    kw="geldzorgen, schulden, anoniem, telefoon, advies",
    path="geldlijn",
)
S(
    "formulieren-west",
    "hulpvragen-initiatieven",
    "papierwijzer",
    "Formulierenhulp West",
    "Vrijwilligers helpen u met formulieren en brieven. Bijvoorbeeld van de Belastingdienst, de gemeente of de zorgverzekering. Ze helpen ook met brieven over schulden en betalingsregelingen.",
    "west",
    loc="westerhaven",
    phones=[("06-38765432", "Coördinator Formulierenhulp")],
    sched=["MO 09:30-12:00", "TH 13:30-16:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,ar,zgh,tr",
    apply="Loop binnen met uw brieven en uw DigiD-gegevens.",
    date="2026-06-25",
    kw="formulieren, brieven, belastingaangifte, toeslagen, DigiD, schulden",
    path="west",
)
S(
    "formulieren-oost",
    "hulpvragen-initiatieven",
    "papierwijzer",
    "Formulierenhulp Oost",
    "Snapt u een brief niet? Of moet u een formulier invullen? Vrijwilliger Ayşe en haar collega's helpen u graag. U kunt ook hulp krijgen bij het aanvragen van toeslagen.",
    "oost",
    loc="wp-bloem",
    phones=[("06-38765433", "Formulierenhulp Oost")],
    sched=["WE 09:30-12:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,tr",
    apply="Loop binnen. Neem alle brieven mee.",
    date="2024-08-19",
    kw="formulieren, brieven, toeslagen, huurtoeslag",
    path="oost",
)
S(
    "voedselbank",
    "hulpvragen-initiatieven",
    "voedselhulp",
    "Voedselpakket",
    "Heeft u heel weinig geld om eten te kopen? Dan kunt u een gratis voedselpakket krijgen. Veel mensen die hier komen hebben schulden. Het pakket haalt u elke week op.",
    "heel-lindestad",
    loc="uitgifte",
    alt="Voedselbank",
    phones=[("030-2542277", "Aanmelden")],
    sched=["FR 10:00-13:00", "SA 10:00-12:00"],
    feest=("kerst", "nieuwjaar", "koningsdag"),
    talen="nl,en,ar,uk",
    elig="Voor huishoudens in Lindestad met een heel laag inkomen. U heeft een verwijzing nodig van het wijkteam of Geldfit.",
    apply="Vraag een verwijzing aan bij het Sociaal Wijkteam of bij Geldfit. Daarna wordt u uitgenodigd voor een gesprek.",
    date="2026-10-28",
    kw="eten, voedselbank, boodschappen, armoede, schulden",
)
S(
    "juridisch",
    "hulpvragen-initiatieven",
    "rechtswinkel",
    "Juridisch spreekuur",
    "Gratis advies over juridische vragen. Bijvoorbeeld over uw huur, uw baan, een boete, een deurwaarder of schulden. Studenten rechten helpen u, samen met een advocaat.",
    "heel-lindestad",
    loc="rechtswinkel",
    phones=[("030 233 98 76", "Rechtswinkel")],
    sched=["TU 19:00-21:00", "SA 10:30-12:30"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en",
    elig="Voor inwoners van Lindestad vanaf 18 jaar.",
    min_age=18,
    apply="Loop binnen tijdens het spreekuur. Neem alle papieren over uw vraag mee.",
    date="2024-11-07",
    kw="juridisch, recht, advocaat, deurwaarder, ontslag, huurrecht, boete",
)
S(
    "wijkteam-oost",
    "hulpvragen-initiatieven",
    "wijkteam",
    "Sociaal Wijkteam Oost",
    "Heeft u een vraag over zorg, geld, opvoeden of wonen? Het wijkteam helpt u. Ook als u niet weet waar u moet beginnen. We komen ook bij u thuis.",
    "oost",
    loc="wp-bloem",
    phones=[("030-2660100", "Wijkteam Oost")],
    sched=["MO-FR 09:00-17:00", "TU 09:00-11:00|Inloopspreekuur zonder afspraak"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,tr,ar,zgh",
    apply="Bel, mail of loop binnen op dinsdagochtend.",
    date="2026-08-30",
    kw="hulp, zorg, geld, opvoeden, wonen, eenzaam, wijkteam",
    path="oost",
)
S(
    "wijkteam-west",
    "hulpvragen-initiatieven",
    "wijkteam",
    "Sociaal Wijkteam West",
    "Het wijkteam helpt bij vragen over zorg, geld, werk en wonen. U kunt zonder afspraak langskomen op het inloopspreekuur. We spreken ook Arabisch en Tamazight.",
    "west",
    loc="westerhaven",
    phones=[("030-2660200", "Wijkteam West")],
    sched=["MO-FR 09:00-17:00", "WE 13:00-15:00|Inloopspreekuur zonder afspraak"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,ar,zgh",
    apply="Bel, mail of loop binnen op woensdagmiddag.",
    date="2026-05-19",
    kw="hulp, zorg, geld, werk, wijkteam",
    path="west",
)
S(
    "wijkteam-zuid",
    "hulpvragen-initiatieven",
    "wijkteam",
    "Sociaal Wijkteam Zuid",
    "Eén plek voor al uw vragen over zorg, geld, opvoeden en wonen. Een medewerker luistert en zoekt samen met u naar hulp. Dat kan ook hulp bij schulden zijn.",
    "zuid",
    loc="debrug",
    phones=[("030 266 03 00", "Wijkteam Zuid")],
    sched=["MO-FR 09:00-17:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,pl,en",
    apply="Bel of mail voor een afspraak.",
    date="2026-10-12",
    kw="hulp, zorg, geld, opvoeden, wijkteam",
    path="zuid",
)
S(
    "mantelzorg",
    "hulpvragen-initiatieven",
    "mantelzorg",
    "Mantelzorgondersteuning",
    "Zorgt u voor uw partner, ouder, kind of buur? Dan bent u mantelzorger. Wij geven advies, een luisterend oor en regelen soms vervangende zorg, zodat u even rust heeft.",
    "heel-lindestad",
    phones=[("030-2310090", "Mantelzorgpunt")],
    sched=["MO-TH 09:00-16:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,tr",
    elig="Voor mantelzorgers die in Lindestad wonen of zorgen voor iemand in Lindestad.",
    apply="Bel of mail. Een consulent maakt een afspraak met u.",
    date="2026-02-16",
    kw="mantelzorg, zorgen voor, respijtzorg, overbelast, mantelzorgwaardering",
)
S(
    "digitaal-spreekuur",
    "hulpvragen-initiatieven",
    "bieb",
    "Digitaal Spreekuur",
    "Hulp bij uw computer, tablet of telefoon. Bijvoorbeeld met DigiD, e-mail of online bankieren. Neem uw eigen apparaat mee.",
    "centrum",
    loc="bieb",
    phones=[("030 232 10 00", "Informatiebalie bibliotheek")],
    sched=["TU 10:00-12:00", "FR 14:00-16:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en",
    apply="Loop binnen. Voor DigiD-hulp kunt u beter een afspraak maken.",
    date="2026-07-23",
    kw="computer, DigiD, tablet, telefoon, internet, online",
    path="digitaal-spreekuur",
)
S(
    "vrijwilligerswerk",
    "hulpvragen-initiatieven",
    "vrijwilligers",
    "Vacaturebank Vrijwilligerswerk",
    "Wilt u iets doen voor een ander? Bij de Vrijwilligerscentrale vindt u vrijwilligerswerk dat bij u past. Kom langs voor een gesprek.",
    "heel-lindestad",
    loc="bieb",
    phones=[("030 232 10 50", "Vrijwilligerscentrale")],
    sched=["MO,WE 10:00-13:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en",
    elig="Voor iedereen vanaf 16 jaar.",
    min_age=16,
    apply="Loop binnen of bekijk de vacatures op de website.",
    date="2026-02-24",
    kw="vrijwilligerswerk, meedoen, vacature, helpen",
    path="vacatures",
)
S(
    "werkpunt",
    "hulpvragen-initiatieven",
    "werkpunt",
    "Jongerenloket Werk en School",
    "Ben je tussen 16 en 27 jaar en zoek je werk of een opleiding? Een coach helpt je met je cv en sollicitaties. Ook als je gestopt bent met school.",
    "heel-lindestad",
    loc="werkpunt",
    phones=[("06-29876543", "Jongerencoach, bellen of appen")],
    sched=["MO-TH 10:00-16:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en,ar,ti",
    elig="Voor jongeren van 16 tot en met 27 jaar in Lindestad.",
    min_age=16,
    max_age=27,
    apply="App of bel de jongerencoach, of loop binnen.",
    date="2026-03-30",
    kw="werk, baan, opleiding, cv, solliciteren, jongeren",
    path="jongeren",
)
S(
    "huurachterstand",
    "hulpvragen-initiatieven",
    "lindewonen",
    "Spreekuur Huurachterstand",
    "Kunt u de huur niet betalen? Wacht niet en kom langs. We maken samen een betalingsregeling. Heeft u ook andere schulden, dan helpen we u naar Geldfit.",
    "noordoost",
    loc="lindewonen",
    phones=[("030-2822000", "Klantenservice Lindewonen")],
    sched=["MO,WE 09:00-12:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,tr,pl",
    elig="Voor huurders van Lindewonen.",
    apply="Bel voor een afspraak of loop binnen tijdens het spreekuur.",
    date="2026-06-08",
    kw="huur, huurachterstand, betalingsregeling, schulden, uitzetting",
)
S(
    "energiecoach",
    "hulpvragen-initiatieven",
    "energie",
    "Energiecoach aan huis",
    "Een energiecoach komt gratis bij u thuis. U krijgt tips om minder energie te gebruiken. Soms krijgt u ook gratis spullen zoals tochtstrips of ledlampen.",
    "heel-lindestad",
    phones=[("+31 30 760 1234", "Aanmelden")],
    sched=["MO-FR 10:00-15:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en,uk",
    apply="Bel of meld u aan via de website.",
    date="2024-09-12",
    kw="energie, stroom, gas, energierekening, besparen",
)
S(
    "thuisveilig",
    "hulpvragen-initiatieven",
    "thuisveilig",
    "Meldlijn Geweld in Huis",
    "Is er geweld bij u thuis, of maakt u zich zorgen om iemand anders? Bel dag en nacht voor advies. U kunt ook anoniem bellen.",
    "heel-lindestad",
    phones=[("0800-2000", "Gratis, dag en nacht")],
    sched=["24/7"],
    talen="nl,en,tr,ar",
    elig="Voor iedereen: slachtoffers, plegers, omstanders en professionals.",
    apply=BEL_APPLY,
    date="2026-09-15",
    kw="huiselijk geweld, mishandeling, onveilig thuis, kindermishandeling",
)
S(
    "nieuwkomers",
    "hulpvragen-initiatieven",
    "nieuwkomers",
    "Spreekuur voor nieuwkomers",
    "Bent u nieuw in Nederland? Wij helpen u met post, school, zorgverzekering en inburgering. Onze vrijwilligers spreken onder andere Arabisch, Tigrinya en Oekraïens.",
    "zuidwest",
    loc="hetbaken",
    phones=[("06-18273645", "Spreekuur nieuwkomers")],
    sched=["TU,TH 13:00-16:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en,ar,ti,uk",
    elig="Voor statushouders en andere nieuwkomers in Lindestad.",
    apply="Loop binnen.",
    date="2026-01-27",
    kw="statushouder, vluchteling, inburgering, nieuwkomer, post",
)
S(
    "kledingbank",
    "hulpvragen-initiatieven",
    "kledingbank",
    "Kledingbank",
    "Gratis kleding voor volwassenen en kinderen. U mag elke maand een keer komen. Wie weinig geld heeft of schulden heeft, kan zich aanmelden.",
    "zuidwest",
    loc="kledingbank",
    phones=[("030 255 81 81", "Kledingbank")],
    sched=["WE 13:00-16:00", "SA 10:00-13:00"],
    talen="nl,ar,pl",
    elig="Voor inwoners met een laag inkomen. U heeft een verwijzing nodig.",
    apply="Vraag een verwijzing bij het wijkteam of de voedselbank.",
    date="2026-10-02",
    kw="kleding, gratis, kinderkleding, winterjas",
    status="temporarily closed",
    alert="Tot 1 februari 2027 gesloten wegens verhuizing.",
)
S(
    "nachtopvang",
    "hulpvragen-initiatieven",
    "dehaven",
    "Nachtopvang De Haven",
    "Heeft u vannacht geen slaapplek? In De Haven kunt u slapen, douchen en eten. Overdag helpen we u met het zoeken naar een woonplek.",
    "heel-lindestad",
    loc="dehaven",
    phones=[("030-2311555", "Nachtopvang"), ("030-2311500", "Dagcentrum")],
    sched=["DAILY 21:00-09:00|Nachtopvang", "MO-FR 10:00-16:00|Dagcentrum"],
    talen="nl,en,pl,ar",
    fee="€ 2,50 per nacht",
    elig="Voor dak- en thuisloze volwassenen.",
    min_age=18,
    apply="Kom na 21:00 uur naar de Kerkstraat. Bel als u later komt.",
    date="2026-10-30",
    kw="dakloos, slapen, opvang, nacht, douche",
)

# ---- Leefstijl & sporten
S(
    "bewegen-55",
    "leefstijl-sporten",
    "sportservice",
    "Bewegen voor 55-plussers",
    "Samen bewegen op uw eigen niveau. Een sportdocent geeft oefeningen voor kracht en balans. Na afloop drinken we samen koffie.",
    "zuid",
    loc="sporthal",
    phones=[("030-2407070", "Sportservice")],
    sched=["TU,FR 10:00-11:00"],
    feest=ALLE_FEESTDAGEN,
    fee="€ 2,50 per keer",
    elig="Voor inwoners van 55 jaar en ouder.",
    min_age=55,
    apply="Kom een keer gratis meedoen.",
    date="2026-04-15",
    kw="bewegen, ouderen, balans, gym, 55+",
    path="bewegen55",
)
S(
    "buurtsport",
    "leefstijl-sporten",
    "sportservice",
    "Buurtsport Rietlanden",
    "Elke week sport en spel op het sportveldje. Voetbal, basketbal en andere spellen. De buurtsportcoach is erbij.",
    "zuidwest",
    loc="sportveld",
    phones=[("06-24681357", "Buurtsportcoach")],
    sched=["WE 14:00-16:00", "SA 11:00-13:00"],
    elig="Voor kinderen en jongeren van 6 tot en met 17 jaar.",
    min_age=6,
    max_age=17,
    apply="Kom gewoon langs in sportkleding.",
    date="2026-05-28",
    kw="voetbal, sport, kinderen, jongeren, buiten",
    path="buurtsport",
)
S(
    "sportpas",
    "leefstijl-sporten",
    "sportservice",
    "Sportpas Lindestad",
    "Heeft uw gezin weinig geld? Met de Sportpas betaalt de gemeente de contributie van een sportclub voor uw kind. Ook sportkleding kan worden vergoed.",
    "heel-lindestad",
    phones=[("030-2407071", "Sportpas")],
    sched=["MO-FR 09:00-12:00"],
    feest=ALLE_FEESTDAGEN,
    elig="Voor kinderen van 4 tot 18 jaar uit gezinnen met een laag inkomen.",
    min_age=4,
    max_age=17,
    apply="Vraag de Sportpas aan via de website of laat het wijkteam of de school helpen.",
    date="2026-08-04",
    kw="sportclub, contributie, laag inkomen, kinderen, vergoeding",
    path="sportpas",
)
S(
    "aquajoggen",
    "leefstijl-sporten",
    "wetering",
    "Aquajoggen",
    "Bewegen in het water is goed voor uw gewrichten. Met een drijfband om doet u oefeningen op muziek. U hoeft niet goed te kunnen zwemmen.",
    "west",
    loc="wetering",
    phones=[("030 276 99 00", "Receptie zwembad")],
    sched=["MO,WE 10:00-11:00", "TH 19:30-20:30"],
    feest=ALLE_FEESTDAGEN,
    fee="€ 4,50 per keer",
    apply="Koop een kaartje bij de kassa.",
    date="2026-01-21",
    kw="zwemmen, water, bewegen, gewrichten, reuma",
)
S(
    "vrouwenzwemmen",
    "leefstijl-sporten",
    "wetering",
    "Zwemles voor volwassen vrouwen",
    "Leer zwemmen in een rustige groep met alleen vrouwen. De lesgever is een vrouw en de ramen zijn afgeschermd.",
    "west",
    loc="wetering",
    phones=[("030 276 99 00", "Receptie zwembad")],
    sched=["SA 08:00-09:00"],
    feest=("kerst", "koningsdag"),
    talen="nl,tr,ar",
    fee="€ 45 voor 10 lessen. Met de Lindepas € 15.",
    elig="Voor vrouwen vanaf 18 jaar.",
    min_age=18,
    apply="Meld u aan bij de receptie.",
    date="2026-02-03",
    kw="zwemles, vrouwen, zwemmen leren",
)
S(
    "wandelgroep",
    "leefstijl-sporten",
    "welzijn",
    "Wandelgroep Lindepark",
    "Elke maandag wandelen we een uur door het Lindepark. Het tempo is rustig. Daarna drinken we koffie in Buurthuis De Linde.",
    "oost",
    loc="lindepark",
    phones=[("06-55667788", "Wandelbegeleider Kees")],
    sched=["MO 10:00-11:00"],
    elig="Voor iedereen. Ook met rollator welkom.",
    apply="Kom om 10:00 uur naar de ingang aan de Parkweg.",
    date="2024-06-20",
    kw="wandelen, buiten, bewegen, samen",
)
S(
    "leefstijlcoach",
    "leefstijl-sporten",
    "gezondleven",
    "Leefstijlcoach",
    "Wilt u gezonder leven of afvallen? In een groep leert u twee jaar lang gezonder eten, meer bewegen en beter slapen. De huisarts kan u verwijzen.",
    "noordoost",
    loc="gh-vogel",
    phones=[("030-2829900", "Praktijk")],
    sched=["MO-TH 09:00-17:00"],
    feest=ALLE_FEESTDAGEN,
    fee="Vergoed uit de basisverzekering, zonder eigen risico.",
    elig="Voor volwassenen met overgewicht en een verwijzing van de huisarts.",
    min_age=18,
    apply="Vraag uw huisarts om een verwijzing.",
    date="2026-05-06",
    kw="afvallen, overgewicht, gezond eten, GLI",
)
S(
    "stoppen-roken",
    "leefstijl-sporten",
    "rookvrij",
    "Cursus Stoppen met Roken",
    "Een groepscursus van acht weken om te stoppen met roken. Deze cursus wordt niet meer gegeven. Vraag uw huisarts naar andere hulp.",
    "centrum",
    loc="mcl",
    phones=[("+31 30 231 7788", "Secretariaat")],
    sched=["WE 19:00-21:00"],
    status="inactive",
    fee="Vergoed uit de basisverzekering.",
    elig="Voor rokers vanaf 18 jaar.",
    min_age=18,
    apply="Niet meer mogelijk.",
    date="2024-07-02",
    kw="roken, stoppen, sigaretten, vapen",
)
S(
    "moestuin",
    "leefstijl-sporten",
    "groenevinger",
    "Buurtmoestuin De Groene Vinger",
    "Samen groenten kweken in de buurtmoestuin. U hoeft geen ervaring te hebben. De oogst delen we met elkaar.",
    "zuidwest",
    loc="volkstuin",
    phones=[("06-31415926", "Tuincoördinator")],
    sched=["WE 09:30-12:00", "SA 10:00-13:00"],
    fee="Gratis. Een eigen volkstuin kost € 65 per jaar.",
    apply="Kom langs op woensdag of zaterdag.",
    date="2026-04-13",
    kw="tuinieren, moestuin, groente, buiten, natuur",
)
S(
    "bootcamp",
    "leefstijl-sporten",
    "fitwijk",
    "Buitensporten in het park",
    "Een uur sporten in de buitenlucht met een trainer. Er zijn oefeningen voor beginners en voor gevorderden. Bij onweer gaat de les niet door.",
    "oost",
    loc="lindepark",
    phones=[("06-12121212", "Trainer, ook via WhatsApp")],
    sched=["TU,TH 19:00-20:00", "SA 09:00-10:00"],
    elig="Voor iedereen vanaf 16 jaar.",
    min_age=16,
    apply="Kom langs. Aanmelden is niet nodig.",
    date="2026-07-09",
    kw="bootcamp, sporten, buiten, fit, conditie",
    path="buitensporten",
)
S(
    "stoelyoga",
    "leefstijl-sporten",
    "fitwijk",
    "Stoelyoga 65+",
    "Rustige yoga op een stoel. Goed voor uw ademhaling, soepelheid en ontspanning. U hoeft niet op de grond te zitten.",
    "noordoost",
    loc="demolen",
    phones=[("06-12121213", "Docent stoelyoga")],
    sched=["TH 10:30-11:30"],
    feest=ALLE_FEESTDAGEN,
    fee="€ 2,50 per keer",
    elig="Voor inwoners vanaf 65 jaar.",
    min_age=65,
    apply="Meld u aan bij de docent.",
    date="2025-12-01",
    kw="yoga, ouderen, ontspannen, 65+",
    path="stoelyoga",
)
S(
    "dietist",
    "leefstijl-sporten",
    "smaakvol",
    "Spreekuur gezond eten",
    "Een diëtist geeft advies over gezond eten. Bijvoorbeeld bij suikerziekte, een hoog cholesterol of als u wilt afvallen. Ook advies over eten met weinig geld.",
    "zuid",
    loc="gc-zuid",
    phones=[("+31 30 254 1250", "Praktijk Smaakvol")],
    sched=["MO,TU,TH 08:30-17:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,tr,ar",
    fee="De eerste 3 uur per jaar worden vergoed uit de basisverzekering.",
    apply="Bel voor een afspraak. Een verwijzing is niet nodig.",
    date="2026-03-17",
    kw="diëtist, voeding, afvallen, diabetes, eten",
)
S(
    "kookclub",
    "leefstijl-sporten",
    "welzijn",
    "Kookclub Gezond en Goedkoop",
    "Samen koken met verse groenten voor weinig geld. U leert nieuwe recepten en daarna eten we samen.",
    "zuidwest",
    loc="hetbaken",
    phones=[("030-2551010", "Wijkcentrum Het Baken")],
    sched=["TH 16:00-19:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,ar,ti",
    fee="€ 3 per keer",
    apply="Meld u uiterlijk dinsdag aan bij de balie.",
    date="2026-06-01",
    kw="koken, recepten, gezond eten, goedkoop, samen eten",
    path="kookclub",
)
S(
    "fietsles",
    "leefstijl-sporten",
    "nieuwkomers",
    "Fietsles voor volwassenen",
    "Leer fietsen in een veilige omgeving. Eerst op het plein, daarna in het verkeer. Fietsen heeft de stichting.",
    "zuidwest",
    loc="hetbaken",
    phones=[("06-18273646", "Fietsdocent")],
    sched=["SA 10:00-12:00"],
    feest=("koningsdag",),
    talen="nl,ar,ti,uk",
    elig="Voor volwassenen die nog niet kunnen fietsen.",
    min_age=18,
    apply="Meld u aan bij het spreekuur voor nieuwkomers.",
    date="2026-08-21",
    kw="fietsen, leren fietsen, verkeer, nieuwkomers",
    path="fietsles",
)

# ---- Ontmoeten & samen doen
S(
    "koffie-delinde",
    "ontmoeten-samen-doen",
    "welzijn",
    "Koffieochtend De Linde",
    "Elke dinsdag en vrijdag is er koffie en thee in het buurthuis. Een fijne plek om buren te ontmoeten. U bent welkom, ook als u alleen komt.",
    "oost",
    loc="delinde",
    phones=[("030-2650650", "Buurthuis De Linde")],
    sched=["TU,FR 10:00-12:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,tr",
    fee="Gratis. Koffie kost € 0,50.",
    apply="Loop binnen.",
    date="2026-10-09",
    kw="koffie, ontmoeten, eenzaam, buren, buurthuis",
    path="koffieochtend",
)
S(
    "buurtmaaltijd",
    "ontmoeten-samen-doen",
    "welzijn",
    "Buurtmaaltijd De Linde",
    "Elke woensdag koken vrijwilligers een warme maaltijd. Samen eten is gezellig en goedkoop. Er is altijd een vegetarische keuze.",
    "oost",
    loc="delinde",
    phones=[("030-2650650", "Buurthuis De Linde")],
    sched=["WE 17:30-19:30"],
    feest=ALLE_FEESTDAGEN,
    fee="€ 4 per maaltijd",
    apply="Meld u uiterlijk maandag aan bij de balie of bel.",
    date="2026-01-08",
    kw="eten, maaltijd, samen eten, eenzaam",
    path="buurtmaaltijd",
)
S(
    "koffie-demolen",
    "ontmoeten-samen-doen",
    "welzijn",
    "Inloop Buurthuis De Molen",
    "Het buurthuis is open voor een praatje, een krant en een kop koffie. Er is ook een computer die u mag gebruiken.",
    "noordoost",
    loc="demolen",
    phones=[("030 281 60 60", "Buurthuis De Molen")],
    sched=["MO-FR 09:30-16:30"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,tr,zgh",
    fee="Gratis",
    apply="Loop binnen.",
    date="2026-09-11",
    kw="buurthuis, koffie, krant, ontmoeten, inloop",
    path="demolen",
)
S(
    "spelletjes",
    "ontmoeten-samen-doen",
    "welzijn",
    "Spelletjesmiddag De Molen",
    "Sjoelen, klaverjassen en bingo in Buurthuis De Molen. Deze activiteit is gestopt. Kijk bij de inloop voor andere activiteiten.",
    "noordoost",
    loc="demolen",
    phones=[("030 281 60 60", "Buurthuis De Molen")],
    sched=["TH 14:00-16:30"],
    status="inactive",
    fee="€ 1 per middag",
    apply="Niet meer mogelijk.",
    date="2024-10-01",
    kw="spelletjes, kaarten, bingo, sjoelen",
    path="spelletjes",
)
S(
    "huiskamer",
    "ontmoeten-samen-doen",
    "welzijn",
    "Huiskamer van de Wijk",
    "Een warme huiskamer die elke dag open is. U kunt hier koffie drinken, de krant lezen of een spelletje doen. Er is altijd een gastvrouw of gastheer.",
    "zuidwest",
    loc="hetbaken",
    phones=[("030-2551010", "Wijkcentrum Het Baken")],
    sched=["DAILY 10:00-16:00"],
    feest=("kerst", "nieuwjaar"),
    talen="nl,ar,ti,pl",
    apply="Loop binnen.",
    date="2026-05-27",
    kw="huiskamer, ontmoeten, eenzaam, koffie, elke dag",
    path="huiskamer",
)
S(
    "taalcafe",
    "ontmoeten-samen-doen",
    "taalhuis",
    "Taalcafé",
    "Oefen Nederlands praten in een gezellige groep. Vrijwilligers helpen het gesprek op gang. Alle niveaus zijn welkom.",
    "centrum",
    loc="bieb",
    phones=[("030 232 10 20", "Taalhuis")],
    sched=["WE 19:00-20:30", "SA 10:30-12:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en,ar,tr,pl,ti,uk,zgh",
    apply="Loop binnen.",
    date="2026-08-19",
    kw="Nederlands leren, taal, praten, oefenen, inburgering",
    path="taalcafe",
)
S(
    "taalmaatje",
    "ontmoeten-samen-doen",
    "taalhuis",
    "Taalmaatje",
    "Een vrijwilliger oefent één keer per week met u Nederlands. U spreekt samen af waar en wanneer. Bijvoorbeeld in de bibliotheek of bij u thuis.",
    "heel-lindestad",
    phones=[("030 232 10 20", "Taalhuis")],
    sched=["MO-TH 10:00-16:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en",
    elig="Voor volwassenen die beter Nederlands willen leren.",
    min_age=18,
    apply="Meld u aan bij het Taalhuis. Er is een wachttijd van ongeveer 6 weken.",
    date="2026-03-04",
    kw="taalmaatje, Nederlands, lezen, schrijven, laaggeletterdheid",
    path="taalmaatje",
)
S(
    "reparatiecafe",
    "ontmoeten-samen-doen",
    "reparatie",
    "Reparatiecafé",
    "Is uw broodrooster, fiets of broek kapot? Kom naar het Reparatiecafé. Samen met een vrijwilliger maakt u het weer heel. Ondertussen drinkt u een kop koffie.",
    "zuid",
    loc="desluis",
    email="repareer@schroevendraaier.example.nl",
    sched=["SA 13:00-16:00"],
    feest=("kerst", "koningsdag"),
    talen="nl,en,pl",
    fee="Gratis. Een vrijwillige bijdrage is welkom.",
    apply="Loop binnen met uw kapotte spullen.",
    date="2026-06-22",
    kw="repareren, kapot, fiets, kleding, apparaten, duurzaam",
)
S(
    "belcirkel",
    "ontmoeten-samen-doen",
    "ouderen",
    "Belcirkel",
    "Elke ochtend belt u met een vaste groep ouderen. Zo weet u dat het goed gaat met elkaar. Neemt iemand niet op, dan komt er een contactpersoon kijken.",
    "heel-lindestad",
    phones=[("030 240 12 12", "Aanmelden belcirkel")],
    sched=["DAILY 09:00-10:00"],
    feest=("kerst",),
    elig="Voor alleenwonende inwoners vanaf 65 jaar.",
    min_age=65,
    apply="Bel om u aan te melden.",
    date="2024-12-09",
    kw="ouderen, alleen, bellen, veiligheid, eenzaam",
    path="belcirkel",
)
S(
    "samenoppad",
    "ontmoeten-samen-doen",
    "ouderen",
    "Maatjesproject Samen op Pad",
    "Voelt u zich eenzaam? Een vrijwilliger komt elke week bij u op bezoek. Samen gaat u wandelen, boodschappen doen of gewoon koffie drinken.",
    "heel-lindestad",
    phones=[("(030) 2401213", "Coördinator")],
    sched=["MO-WE 09:00-13:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,tr",
    elig="Voor inwoners van Lindestad vanaf 55 jaar.",
    min_age=55,
    apply="Bel de coördinator. Zij komt eerst kennismaken.",
    date="2026-06-15",
    kw="eenzaam, maatje, bezoek, ouderen, vriendschap",
    path="samenoppad",
)
S(
    "vrouwenochtend",
    "ontmoeten-samen-doen",
    "anker",
    "Vrouwenochtend",
    "Elke maandag ontmoeten vrouwen elkaar bij Het Anker. We drinken thee, praten en doen soms een workshop. Ayşe en Fatima verwelkomen u. Er is kinderopvang.",
    "zuidwest",
    loc="anker",
    phones=[("06-47474747", "Ayşe, coördinator")],
    sched=["MO 09:30-12:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,tr,ar,zgh",
    elig="Voor vrouwen van alle leeftijden en achtergronden.",
    apply="Loop binnen.",
    date="2026-02-19",
    kw="vrouwen, ontmoeten, thee, workshop, kinderopvang",
)
S(
    "oekraine-cafe",
    "ontmoeten-samen-doen",
    "nieuwkomers",
    "Oekraïens Ontmoetingscafé",
    "Een ontmoetingsplek voor mensen uit Oekraïne en hun buren. U kunt hier praten, kinderen kunnen spelen en er is hulp bij vragen.",
    "noordoost",
    loc="demolen",
    phones=[("06-18273647", "Contactpersoon Olena")],
    sched=["SA 14:00-17:00"],
    feest=("kerst", "nieuwjaar"),
    talen="uk,nl,en",
    elig="Voor Oekraïners en iedereen die hen wil ontmoeten.",
    apply="Loop binnen.",
    date="2026-02-09",
    kw="Oekraïne, Oekraïners, ontmoeten, vluchtelingen",
    path="oekraine",
)
S(
    "jongerencentrum",
    "ontmoeten-samen-doen",
    "dekelder",
    "Jongerencentrum De Kelder",
    "Kom chillen, gamen of tafeltennissen met andere jongeren. Een jongerenwerker is er altijd. Ook voor huiswerkhulp of als je ergens mee zit.",
    "west",
    loc="dekelder",
    phones=[("06-20304050", "Jongerenwerker, ook via WhatsApp")],
    sched=["TU-TH 15:00-21:00", "FR 15:00-23:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en,ar,zgh",
    elig="Voor jongeren van 12 tot en met 23 jaar.",
    min_age=12,
    max_age=23,
    apply="Kom gewoon langs.",
    date="2026-09-25",
    kw="jongeren, chillen, huiswerk, gamen, jongerenwerk",
)
S(
    "voorlezen",
    "ontmoeten-samen-doen",
    "bieb",
    "Voorleesochtend voor peuters",
    "Voorlezen, zingen en knutselen voor peuters en hun ouders. Daarna kunt u boeken lenen. Lid worden is gratis voor kinderen.",
    "centrum",
    loc="bieb",
    phones=[("030 232 10 00", "Informatiebalie bibliotheek")],
    sched=["WE 10:00-11:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en",
    elig="Voor kinderen van 2 tot 6 jaar met een ouder of opa/oma.",
    min_age=2,
    max_age=5,
    apply="Loop binnen.",
    date="2026-10-26",
    kw="voorlezen, peuters, boeken, kinderen, ouders",
    path="voorlezen",
)

# ---- Wijk & gemeentezaken
S(
    "burgerzaken",
    "wijk-gemeentezaken",
    "gemeente",
    "Stadsloket Burgerzaken",
    "Voor een paspoort, ID-kaart, rijbewijs of verhuizing. Maak altijd eerst een afspraak. Op donderdag is het loket ook 's avonds open.",
    "heel-lindestad",
    loc="stadhuis",
    phones=[("030-2860000", "Gemeente Lindestad")],
    sched=["MO-FR 09:00-16:30", "TH 17:00-20:00|Avondopenstelling, alleen op afspraak"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en",
    fee="Kosten verschillen per product. Kijk op de website.",
    apply="Maak een afspraak via de website of bel. Neem uw oude paspoort of ID-kaart mee.",
    date="2026-10-16",
    kw="paspoort, ID-kaart, rijbewijs, verhuizen, uittreksel, gemeente",
    path="burgerzaken",
)
S(
    "zorgloket",
    "wijk-gemeentezaken",
    "gemeente",
    "Wmo-loket Zorg en Ondersteuning",
    "Heeft u hulp nodig in huis, een scootmobiel of een traplift? Vraag het aan bij het Wmo-loket. Een consulent komt met u praten.",
    "heel-lindestad",
    loc="stadhuis",
    phones=[("030-2860100", "Wmo-loket")],
    sched=["MO-FR 09:00-12:30"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,tr,ar",
    fee="Voor sommige hulp betaalt u een eigen bijdrage van maximaal € 21,80 per maand.",
    apply="Bel of vul het formulier in op de website.",
    date="2026-07-28",
    kw="Wmo, huishoudelijke hulp, scootmobiel, traplift, aanpassing woning",
    path="wmo",
)
S(
    "minima",
    "wijk-gemeentezaken",
    "gemeente",
    "Minimaregelingen en kwijtschelding",
    "Heeft u een laag inkomen? Dan kunt u misschien geld krijgen van de gemeente. Bijvoorbeeld bijzondere bijstand of kwijtschelding van gemeentelijke belastingen. Zo voorkomt u schulden.",
    "heel-lindestad",
    loc="stadhuis",
    phones=[("030-2860200", "Team Inkomen")],
    sched=["MO-FR 09:00-12:30"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en,ar",
    elig="Voor inwoners van Lindestad met een laag inkomen, vanaf 18 jaar.",
    min_age=18,
    apply="Vraag het aan via de website. De Formulierenhulp kan u helpen.",
    date="2025-09-08",
    kw="bijzondere bijstand, kwijtschelding, laag inkomen, Lindepas, toeslag",
    path="minimaregelingen",
)
S(
    "melding-openbare-ruimte",
    "wijk-gemeentezaken",
    "gemeente",
    "Melding Openbare Ruimte",
    "Ziet u een kapotte lantaarnpaal, een losse stoeptegel of zwerfafval? Meld het bij de gemeente. U kunt ook een foto sturen via de website.",
    "heel-lindestad",
    phones=[("+31 30 286 0300", "Meldingen")],
    sched=["MO-FR 08:00-17:00"],
    feest=ALLE_FEESTDAGEN,
    apply="Bel of doe een melding via de website.",
    date="2026-04-29",
    kw="melding, kapot, lantaarnpaal, stoep, zwerfafval, overlast",
    path="melding",
)
S(
    "wijkbeheer",
    "wijk-gemeentezaken",
    "gemeente",
    "Spreekuur Wijkbeheerder Zuidwest",
    "De wijkbeheerder zorgt voor een schone, hele en veilige wijk. Heeft u een idee of klacht over uw straat? Kom langs op het spreekuur.",
    "zuidwest",
    loc="hetbaken",
    phones=[("06-28282828", "Wijkbeheerder Zuidwest")],
    sched=["TU 16:00-17:30"],
    feest=ALLE_FEESTDAGEN,
    apply="Loop binnen.",
    date="2024-06-05",
    kw="wijkbeheer, straat, groen, speeltuin, klacht",
    path="wijkbeheer",
)
S(
    "grofvuil",
    "wijk-gemeentezaken",
    "lindeschoon",
    "Grofvuil ophalen",
    "Heeft u een oude bank, kast of matras? Lindeschoon haalt het gratis bij u op. Zet het pas op de ochtend van de afspraak buiten.",
    "heel-lindestad",
    phones=[("030 286 45 45", "Klantenservice Lindeschoon")],
    sched=["MO-FR 08:00-17:00"],
    feest=ALLE_FEESTDAGEN,
    fee="Gratis tot 4 keer per jaar. Daarna € 25 per keer.",
    apply="Maak een afspraak via de website of bel.",
    date="2026-08-26",
    kw="grofvuil, bank, matras, afval, ophalen",
    path="grofvuil",
)
S(
    "brengstation",
    "wijk-gemeentezaken",
    "lindeschoon",
    "Afvalbrengstation Spoorzicht",
    "Breng hier zelf uw grof afval, puin, hout en elektrische apparaten. Neem uw afvalpas mee.",
    "heel-lindestad",
    loc="brengstation",
    phones=[("030 286 45 45", "Klantenservice Lindeschoon")],
    sched=["MO-FR 08:00-16:30", "SA 09:00-16:00"],
    feest=ALLE_FEESTDAGEN,
    fee="Gratis met afvalpas. Voor puin betaalt u € 10 per m³.",
    apply="Kom langs met uw afvalpas.",
    date="2026-02-18",
    kw="afval, brengen, puin, afvalpas, milieustraat",
    path="brengstation",
)
S(
    "afvalwijzer",
    "wijk-gemeentezaken",
    "lindeschoon",
    "Afvalwijzer en vragen over afval",
    "Wanneer wordt uw container geleegd? Waar moet uw afval heen? Bel of kijk in de afvalwijzer op de website. U kunt hier ook een nieuwe container aanvragen.",
    "heel-lindestad",
    phones=[("030 286 45 45", "Klantenservice Lindeschoon"), ("06-59595959", "WhatsApp", "text")],
    sched=["MO-FR 08:00-17:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en",
    apply=BEL_APPLY,
    date="2026-03-23",
    kw="afval, container, ophaaldag, scheiden, kliko",
    path="afvalwijzer",
)
S(
    "wijkagent-oost",
    "wijk-gemeentezaken",
    "politie",
    "Spreekuur Wijkagent Oost",
    "Praat met de wijkagent over veiligheid in uw buurt. Bijvoorbeeld over overlast, inbraak of verkeer. Voor aangifte gaat u naar het politiebureau.",
    "oost",
    loc="wp-bloem",
    phones=[("0900-2345678", "Politie, geen spoed")],
    sched=["WE 14:00-15:30"],
    feest=ALLE_FEESTDAGEN,
    apply="Loop binnen. Bij spoed belt u 112.",
    date="2026-05-04",
    kw="wijkagent, politie, overlast, veiligheid, inbraak",
    path="wijkagent-oost",
)
S(
    "wijkagent-west",
    "wijk-gemeentezaken",
    "politie",
    "Spreekuur Wijkagent West",
    "De wijkagent van West zit elke week in het wijkcentrum. U kunt vragen stellen of iets melden. Zonder afspraak.",
    "west",
    loc="westerhaven",
    phones=[("0900-2345678", "Politie, geen spoed")],
    sched=["MO 16:00-17:30"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,ar",
    apply="Loop binnen. Bij spoed belt u 112.",
    date="2026-07-31",
    kw="wijkagent, politie, overlast, veiligheid",
    path="wijkagent-west",
)
S(
    "wijkraad-oost",
    "wijk-gemeentezaken",
    "wijkraadoost",
    "Wijkraad Oost",
    "De wijkraad praat mee met de gemeente over plannen in Oost. De vergaderingen zijn openbaar. Iedereen mag komen en iets vragen.",
    "oost",
    loc="delinde",
    email="secretaris@wijkraad-oost.example.nl",
    sched=["TU 19:30-21:30"],
    feest=ALLE_FEESTDAGEN,
    apply="Kom naar de vergadering of stuur een e-mail.",
    date="2024-09-25",
    kw="wijkraad, meepraten, plannen, vergadering",
)
S(
    "wijkbudget-zuid",
    "wijk-gemeentezaken",
    "wijkraadzuid",
    "Wijkbudget Zuid",
    "Heeft u een goed idee voor de buurt? Bijvoorbeeld een straatfeest of een bankje? Vraag geld aan uit het wijkbudget. De wijkraad beslist samen met bewoners.",
    "zuid",
    loc="debrug",
    email="secretaris@wijkraad-zuid.example.nl",
    sched=["TH 19:30-21:00"],
    feest=ALLE_FEESTDAGEN,
    apply="Vul het aanvraagformulier in op de website.",
    date="2026-04-08",
    kw="wijkbudget, bewonersinitiatief, straatfeest, subsidie",
)
S(
    "buurtbemiddeling",
    "wijk-gemeentezaken",
    "bemiddeling",
    "Buurtbemiddeling",
    "Heeft u ruzie of last van de buren? Bijvoorbeeld door geluid, een schutting of de tuin? Twee vrijwilligers helpen u en uw buren om samen een oplossing te vinden.",
    "heel-lindestad",
    phones=[("030-2869090", "Aanmelden")],
    sched=["MO-TH 09:00-17:00"],
    feest=ALLE_FEESTDAGEN,
    talen="nl,en,tr",
    apply="Bel of meld u aan via de website. Uw buren krijgen daarna ook een gesprek.",
    date="2025-12-15",
    kw="buren, ruzie, geluidsoverlast, conflict, bemiddeling",
)


# --------------------------------------------------------------------------- assemble
def attribute(skey, label, value, term=None):
    a = {"id": uid("attribute", f"{skey}:{label}")}
    if term:
        a["taxonomy_term_id"] = term_id(term)
    a.update(label=label, value=value)
    return a


def phone(skey, i, spec):
    number, desc, *typ = spec
    return {
        "id": uid("phone", f"{skey}:{i}"),
        "number": number,
        "type": typ[0] if typ else "voice",
        "description": desc,
    }


def service(s):
    k, org = s["key"], s["org"]
    out = {"id": uid("service", k), "name": s["name"]}
    if s["alt"]:
        out["alternate_name"] = s["alt"]
    out["description"] = s["desc"]
    out["url"] = site(org) + (f"/{s['path']}" if s["path"] else "")
    email = s["email"] or org_email(org)
    if email:
        out["email"] = email
    out["status"] = s["status"]
    if s["alert"]:
        out["alert"] = s["alert"]
    out["fees_description"] = s["fee"]
    out["eligibility_description"] = s["elig"]
    out["application_process"] = s["apply"] or STD_APPLY
    if s["min_age"] is not None:
        out["minimum_age"] = s["min_age"]
    if s["max_age"] is not None:
        out["maximum_age"] = s["max_age"]
    out["assured_date"] = s["date"]
    out["organization"] = organization(org)
    if s["phones"]:
        out["phones"] = [phone(k, i, p) for i, p in enumerate(s["phones"])]
    out["schedules"] = schedules(k, s["sched"], s["feest"])
    out["languages"] = [
        {"id": uid("language", f"{k}:{c}"), "name": TALEN[c], "code": c}
        for c in s["talen"].split(",")
    ]
    wijk = s["wijk"]
    attrs = [
        attribute(k, "thema", s["thema"], s["thema"]),
        attribute(
            k,
            "wijk",
            wijk if wijk == "heel-lindestad" else f"wijk-{wijk}",
            wijk if wijk == "heel-lindestad" else f"wijk-{wijk}",
        ),
    ]
    if s["loc"]:
        buurt = LOCS[s["loc"]][3]
        assert wijk == "heel-lindestad" or BUURT_WIJK[buurt] == wijk, (k, buurt, wijk)
        attrs.append(attribute(k, "buurt", f"buurt-{buurt}", f"buurt-{buurt}"))
    if s["kw"]:
        attrs.append(attribute(k, "trefwoorden", s["kw"]))
    if s["ndv"]:
        attrs.append(attribute(k, "niet_doorverwijzen", s["ndv"]))
    out["attributes"] = attrs
    if s["loc"]:
        out["service_at_locations"] = [
            {"id": uid("service_at_location", f"{k}:{s['loc']}"), "location": location(s["loc"])}
        ]
    return out


def build():
    return {
        "demo": True,
        "name": "Demo sociale kaart Lindestad",
        "taxonomies": [
            {
                "id": TAX_THEMA,
                "name": "wijkinfo-thema",
                "description": "Thema's van het wijkinformatiepunt",
            },
            {"id": TAX_WIJK, "name": "wijkinfo-wijk", "description": "Wijken en buurten"},
        ],
        "taxonomy_terms": build_terms(),
        "services": [service(s) for s in SERVICES],
    }


if __name__ == "__main__":
    data = build()
    OUT.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['services'])} services")
