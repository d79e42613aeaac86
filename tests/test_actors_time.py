"""Office holders resolved as of the document's date (issue 17): a title names the person
in office on the day the document was published, not today's holder."""

from __future__ import annotations

from datetime import date

import pytest

from communique.actors.kb import load_kb
from communique.actors.resolve import Resolver


@pytest.fixture(scope="module")
def resolver():
    return Resolver(load_kb())


@pytest.mark.issue(17)
@pytest.mark.parametrize("title, day, key", [
    ("the US Secretary of State", "2016-06-01", "person:john-kerry"),
    ("the US Secretary of State", "2017-06-01", "person:rex-tillerson"),
    ("the US Secretary of State", "2019-06-01", "person:mike-pompeo"),
    ("the US Secretary of State", "2023-06-01", "person:antony-blinken"),
    ("the US Secretary of State", "2025-06-01", "person:marco-rubio"),
    ("the UK Foreign Secretary", "2016-03-01", "person:philip-hammond"),
    ("the UK Foreign Secretary", "2019-05-01", "person:jeremy-hunt"),
    ("the UK Foreign Secretary", "2019-09-01", "person:dominic-raab"),
    ("the British Foreign Secretary", "2022-03-01", "person:liz-truss"),
    ("the British Foreign Secretary", "2023-03-01", "person:james-cleverly"),
    ("the Iranian president", "2016-05-01", "person:hassan-rouhani"),
    ("the Iranian president", "2023-05-01", "person:ebrahim-raisi"),
    ("the Iranian president", "2025-05-01", "person:masoud-pezeshkian"),
    ("the Iranian foreign minister", "2019-05-01", "person:mohammad-javad-zarif"),
    ("the Iranian foreign minister", "2022-05-01", "person:hossein-amir-abdollahian"),
    ("the UN Secretary-General", "2015-05-01", "person:ban-ki-moon"),
    ("the UN Secretary-General", "2020-05-01", "person:antonio-guterres"),
    ("the NATO Secretary General", "2019-05-01", "person:jens-stoltenberg"),
    ("the NATO Secretary General", "2025-05-01", "person:mark-rutte"),
    ("the Japanese prime minister", "2019-05-01", "person:shinzo-abe"),
    ("the Chinese foreign minister", "2023-03-01", "person:qin-gang"),
    ("the French foreign minister", "2023-05-01", "person:catherine-colonna"),
    ("the Turkish foreign minister", "2019-05-01", "person:mevlut-cavusoglu"),
    ("the Israeli prime minister", "2022-01-01", "person:naftali-bennett"),
    ("the Canadian foreign minister", "2018-05-01", "person:chrystia-freeland"),
    ("the South Korean president", "2019-05-01", "person:moon-jae-in"),
    ("the UN High Commissioner for Human Rights", "2016-05-01", "person:zeid-raad-al-hussein"),
    ("the United Nations High Commissioner for Human Rights", "2020-05-01", "person:michelle-bachelet"),
    ("the UN High Commissioner for Human Rights", "2024-05-01", "person:volker-turk"),
    ("the Chilean president", "2016-05-01", "person:michelle-bachelet"),
    # G20 ministers and heads of government back to 2015 (round 13 additions)
    ("the Italian foreign minister", "2019-03-01", "person:enzo-moavero-milanesi"),
    ("the Italian defence minister", "2020-03-01", "person:lorenzo-guerini"),
    ("the German defence minister", "2020-03-01", "person:annegret-kramp-karrenbauer"),
    ("the French defence minister", "2019-03-01", "person:florence-parly"),
    ("the French prime minister", "2015-03-01", "person:manuel-valls"),
    ("the Indian defence minister", "2018-03-01", "person:nirmala-sitharaman"),
    ("the Indonesian foreign minister", "2020-03-01", "person:retno-marsudi"),
    ("the Japanese defence minister", "2017-03-01", "person:tomomi-inada"),
    ("the South Korean foreign minister", "2019-03-01", "person:kang-kyung-wha"),
    ("the South Korean defence minister", "2023-05-02", "person:lee-jong-sup"),
    ("the Mexican foreign minister", "2020-03-01", "person:marcelo-ebrard"),
    ("the Brazilian foreign minister", "2020-03-01", "person:ernesto-araujo"),
    ("the Argentine foreign minister", "2022-03-01", "person:santiago-cafiero"),
    ("the Canadian defence minister", "2018-03-01", "person:harjit-sajjan"),
    ("the Australian defence minister", "2020-03-01", "person:linda-reynolds"),
    ("the Chinese defence minister", "2020-03-01", "person:wei-fenghe"),
    ("the Saudi defence minister", "2018-03-01", "person:mohammed-bin-salman"),
    ("the Saudi defence minister", "2024-03-01", "person:khalid-bin-salman"),
    ("the South African foreign minister", "2021-03-01", "person:naledi-pandor"),
    ("the Turkish prime minister", "2017-03-01", "person:binali-yildirim"),
    ("the Turkish defence minister", "2020-03-01", "person:hulusi-akar"),
    ("the Bangladeshi prime minister", "2024-01-10", "person:sheikh-hasina"),
    ("the Japanese chief cabinet secretary", "2022-03-01", "person:hirokazu-matsuno"),
])
def test_actors_time_title_resolves_to_holder_on_date(resolver, title, day, key):
    guess = resolver.phrase(title, date.fromisoformat(day))
    assert guess is not None and guess.key == key


@pytest.mark.issue(17)
@pytest.mark.parametrize("header, name, country", [
    ("June 12, 2019", "Mike Pompeo", "USA"),  # the date comes from the text, not metadata
    ("12 June 2023", "Antony Blinken", "USA"),
])
def test_actors_time_document_date_from_text_drives_the_kb(analyze, header, name, country):
    doc = analyze(f"Talks on Gulf shipping\n\n{header}\n\nThe US Secretary of State said on Tuesday "
                  "that Washington would send more ships to the Gulf.")
    assert doc.date_source == "date_line"
    assert (name, country) in [(a.name, a.country) for a in doc.actors]
