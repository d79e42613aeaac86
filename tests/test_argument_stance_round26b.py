"""Author stance, round 26b (issue 18): favoured actors and the "deed for us" of the open round 32.

The blind open round 32 (oped-123..125) showed the round 25b "deed for us" reading a flag state's one-line answer
on paper as help, a favoured state read negative from a sneer said of "three governments" (the actors stage had
made the counted plural a mention of that state) and from its refusal of "lectures", and a favoured border agency
the writer praises by what its boat let "our" crews do. The passages below were written for this test, in genres the
op-eds do not use (a mountain rescue service, a school district, an orchard cooperative, a fishing quota).
"""

from __future__ import annotations

import pytest

from conftest import author_polarity, has_reason, opinion_piece

_RESCUE = opinion_piece(
    "The pass was closed for a week\n\nBy the chair of the Upper Sella hut wardens\n\n",
    "Our huts sit above the pass, and our wardens stay there the whole winter.",
    "We will reopen the huts to walkers when the snow melts.")
_ORCHARD = opinion_piece(
    "Frost, then silence\n\nBy the board of the Tarn Valley orchard cooperative\n\n",
    "Our growers lost two thirds of the apple crop to the April frost.",
    "We will plant again in the autumn, as our grandparents did.")
_QUOTA = opinion_piece(
    "Whose fish are these?\n\nBy a skipper from the northern coast\n\n",
    "Our boats have fished the same banks for four generations.",
    "We will be back on the water when the season opens.")


# 1. An answer on paper is no help: a form, a letter, a reply sent to "us" gives its sender no "deed for us".
_PAPER = [
    (_ORCHARD, "The Tarn Valley Water Agency sent us a two-line letter saying it had opened a file.",
     "Tarn Valley Water Agency"),
    (_ORCHARD, "In March the Regional Farm Office issued us a printed form that confirmed our claim was received.",
     "Regional Farm Office"),
    (_RESCUE, "The Alpine Transport Directorate gave us a standard reply and nothing else.",
     "Alpine Transport Directorate"),
]
# The deed for us itself still holds for things that help.
_REAL_GIFTS = [
    (_ORCHARD, "The Tarn Valley Water Agency sent us two pumps and a generator within a day.",
     "Tarn Valley Water Agency"),
    (_RESCUE, "The Alpine Transport Directorate gave us a snowplough for the whole of January.",
     "Alpine Transport Directorate"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _PAPER)
def test_an_answer_on_paper_is_no_deed_for_us(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not has_reason(reasons, "deed for us"), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _REAL_GIFTS)
def test_a_real_gift_stays_a_deed_for_us(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, "deed for us"), reasons


# 2. A deed told by what it let the writer's side do: ", which allowed / enabled / let our X (us) to ...".
_ENABLING = [
    (_RESCUE, "The Swiss Air Rescue Guard flew two helicopters up every morning, which allowed our wardens to "
              "sleep for the first time in days.", "Swiss Air Rescue Guard"),
    (_ORCHARD, "The Rural Credit Union waived the March instalments, which let our growers keep their pickers.",
     "Rural Credit Union"),
    (_QUOTA, "The Coastal Weather Institute published its storm maps twice a day, which enabled our crews to stay "
             "in port on the worst nights.", "Coastal Weather Institute"),
]
# Guards: a harmful deed, a negated one, a clause that helps someone else, a deed under a modal.
_ENABLING_GUARDS = [
    (_RESCUE, "The Alpine Transport Directorate demolished the old lift station, which allowed our wardens to rest.",
     "Alpine Transport Directorate"),
    (_ORCHARD, "The Rural Credit Union did not waive the March instalments, which let our growers keep nothing.",
     "Rural Credit Union"),
    (_QUOTA, "The Coastal Weather Institute published its storm maps late, which allowed the trawler companies to "
             "take the best banks.", "Coastal Weather Institute"),
    (_QUOTA, "The Coastal Weather Institute could publish its maps twice a day, which would let our crews plan.",
     "Coastal Weather Institute"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _ENABLING)
def test_a_deed_that_let_our_side_act_counts_for_its_doer(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, "deed for us"), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _ENABLING_GUARDS)
def test_no_enabling_deed_when_harmful_negated_for_others_or_modal(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not has_reason(reasons, "deed for us"), reasons


# 3. A counted plural ("two governments", "three ministries", "both regimes") is several bodies: a sneer said of
# them is not said of the one state the actors stage may have taken the noun for.
_COUNTED = [
    (_QUOTA, "Norway has kept to the quota. The season opened late this year. Two governments that never signed "
             "the treaty have discovered a sudden passion for the freedom of the seas.", "Norway"),
    (_ORCHARD, "Chile answered our letter within a week. The frost came in April. Three governments that ignored "
               "the frost for months have discovered a sudden love of farmers.", "Chile"),
    (_RESCUE, "Austria sent its mountain police at once. The snow kept falling. Four governments that closed the "
              "border have discovered a sudden taste for cooperation.", "Austria"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _COUNTED)
def test_a_sneer_at_counted_governments_is_not_said_of_one_state(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not has_reason(reasons, "sarcasm"), reasons


# 4. Turning down what is pressed on one (lectures, an ultimatum, threats) is no obstruction by the one who refuses.
_REFUSED = [
    (_QUOTA, "Iceland will not accept lectures on conservation from the fleets that emptied the southern banks.",
     "Iceland"),
    (_ORCHARD, "Portugal rejected the ultimatum of the supermarket chains and kept the minimum price.", "Portugal"),
    (_RESCUE, "Slovenia refused the threats of the haulage lobby and kept the pass closed to lorries.", "Slovenia"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _REFUSED)
def test_refusing_an_imposition_is_no_asserted_rejection(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not any("asserts REJECT" in r for r in reasons), reasons


# 5. An actor the writer says will not be provoked, intimidated or cowed is praised for standing firm.
_STEADFAST = [
    (_QUOTA, "Iceland will not be intimidated by the trawler lobby.", "Iceland"),
    (_ORCHARD, "The Tarn Valley Growers' Council refused to be cowed by the supermarket chains.",
     "Tarn Valley Growers' Council"),
    (_RESCUE, "Slovenia was not provoked, however loud the haulage lobby became.", "Slovenia"),
]
# Guards: asked, in an "if" clause, the writer's own resolve, a claim reported from the actor itself.
_STEADFAST_GUARDS = [
    (_QUOTA, "Will Iceland not be intimidated by the trawler lobby?", "Iceland"),
    (_ORCHARD, "If the Tarn Valley Growers' Council is not cowed, the chains will sue.",
     "Tarn Valley Growers' Council"),
    (_RESCUE, "Slovenia claims that it will not be provoked.", "Slovenia"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _STEADFAST)
def test_an_actor_that_will_not_be_provoked_is_praised(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity > 0.2, (polarity, reasons)
    assert has_reason(reasons, "steadfast"), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _STEADFAST_GUARDS)
def test_no_steadfast_when_asked_conditional_or_reported(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not has_reason(reasons, "steadfast"), reasons


# 6. A duty the actor stopped doing ("stopped paying", "ceased answering") is an omission against it.
_CEASED = [
    (_ORCHARD, "The Northgate Juice Company stopped paying our growers in June.", "Northgate Juice Company"),
    (_QUOTA, "After the first storm the Harbour Fuel Company ceased supplying the fishing families on the island.",
     "Harbour Fuel Company"),
    (_RESCUE, "The Alpine Transport Directorate stopped answering our letters in the spring.",
     "Alpine Transport Directorate"),
]
# Guards: "never stopped paying" is praise, a payment of something bad, a question, a supply cut to no one in need.
_CEASED_GUARDS = [
    (_ORCHARD, "The Northgate Juice Company never stopped paying our growers, even in the frost.",
     "Northgate Juice Company"),
    (_QUOTA, "The Harbour Fuel Company stopped paying bribes to the port inspectors.", "Harbour Fuel Company"),
    (_RESCUE, "Did the Alpine Transport Directorate stop answering our letters?", "Alpine Transport Directorate"),
    (_QUOTA, "The Harbour Fuel Company stopped supplying the pirate trawlers in March.", "Harbour Fuel Company"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _CEASED)
def test_a_duty_stopped_is_an_omission_against_the_actor(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.2, (polarity, reasons)
    assert has_reason(reasons, "omission 'st") or has_reason(reasons, "omission 'ce"), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _CEASED_GUARDS)
def test_no_ceased_duty_when_negated_bad_or_asked(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not (has_reason(reasons, "omission 'stop") or has_reason(reasons, "omission 'cease")), reasons
