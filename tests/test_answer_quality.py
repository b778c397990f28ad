"""The answer engine keeps its accuracy on the shared dev questions and on our own paraphrases.

The dev file lives beside the repository in ../shared (as in CI); a copy in tests/data keeps
the check running in a clone without it. Our own question files
were written from the fact sheet, independently of the knowledge base's phrasings, to catch
ranking changes that only help the dev set (the "holdout" one was never used for tuning).
"""

from pathlib import Path

import pytest

from bot.answers import evaluate
from bot.answers.answerer import Answerer
from bot.core.clock import SettableClock
from handlers.testing.asking import SETS_WRITTEN

ROOT = Path(__file__).resolve().parent.parent
SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev-questions.yaml"
DEV = SHARED_DEV if SHARED_DEV.exists() else ROOT / "tests" / "data" / "dev-questions.yaml"
OURS = [ROOT / "tests" / "data" / name for name in
        ("paraphrase-questions.yaml", "council-questions-tune.yaml", "council-questions-holdout.yaml",
         "answer-probes.yaml")]


@pytest.fixture(scope="module")
def answerer(kb):
    return Answerer(kb, clock=SettableClock(SETS_WRITTEN))


def test_the_shared_dev_questions_stay_above_95_percent_both_ways(answerer):
    report = evaluate.run(answerer, evaluate.load_questions(DEV))
    assert report.answerable_accuracy >= 0.95, evaluate.format_report(report)
    assert report.abstention_accuracy >= 0.95, evaluate.format_report(report)


# Questions written independently from the fact sheet (tests/data/unseen-*.yaml), each set by someone
# who never saw the knowledge base, the engine or its answers. A set is sealed until it has been run
# once and its figures reported; after that its misses may be studied and it is a tune set:
# unseen-tune, unseen-fresh, unseen-paraphrase, both halves of the chatty and near-miss sets, and one
# half each of the phone-thread, sceptical-probe and new-voices sets, and the buried-question set, and one
# half each of the roles, practitioners, learners, on-call, cross-sector visitors and formal-senior sets, and
# of the handover, fact-check, search-box and claim-check sets, and of the phone, finance, nations, starters
# and teleconference sets, and of the auditors and press-office sets, and of the emergency planners' and
# data protection officers' sets, and of the dictated and second-language sets, and of the briefing-officers' and
# outsiders' sets, and of the sceptics' and describers' sets, and of the grapevine, timeline, forwarders, trackers and
# indirect sets, and of each later stop's sets (the *-tune files below).
# Sealed sets (unseen-sealed, unseen-mixed-sealed, unseen-thread-sealed, unseen-probe-sealed,
# unseen-newvoices-sealed, unseen-busy-sealed, unseen-quiz-sealed and every other *-sealed file) are only
# ever read as totals.
# The floors are what the engine reaches today, a little below, so a regression fails; the
# targets (90% / 90% / 3%) are reached on the oldest tune set, not yet on the others.
UNSEEN = [("unseen-tune.yaml", 0.94, 0.99, 0.01), ("unseen-sealed.yaml", 0.82, 0.92, 0.045),
          ("unseen-fresh.yaml", 0.87, 0.98, 0.02), ("unseen-chatty-tune.yaml", 0.82, 0.98, 0.015),
          ("unseen-nearmiss-tune.yaml", 0.85, 0.98, 0.01), ("unseen-paraphrase-tune.yaml", 0.85, 0.98, 0.02),
          ("unseen-chatty-tune2.yaml", 0.79, 0.98, 0.03), ("unseen-nearmiss-tune2.yaml", 0.82, 0.96, 0.025),
          ("unseen-thread-tune.yaml", 0.84, 0.98, 0.01), ("unseen-probe-tune.yaml", 0.92, 0.97, 0.015),
          ("unseen-mixed-sealed.yaml", 0.82, 0.95, 0.04), ("unseen-thread-sealed.yaml", 0.82, 0.87, 0.05),
          ("unseen-probe-sealed.yaml", 0.89, 0.82, 0.085), ("unseen-newvoices-sealed.yaml", 0.75, 0.86, 0.085),
          ("unseen-newvoices-tune.yaml", 0.87, 0.97, 0.02), ("unseen-buried-tune.yaml", 0.90, 0.97, 0.01),
          ("unseen-busy-sealed.yaml", 0.75, 0.94, 0.045), ("unseen-quiz-sealed.yaml", 0.86, 0.93, 0.035),
          ("unseen-roles-tune.yaml", 0.90, 0.98, 0.01), ("unseen-practitioners-tune.yaml", 0.91, 0.98, 0.01),
          ("unseen-learners-tune.yaml", 0.95, 0.98, 0.01), ("unseen-traffic-tune.yaml", 0.93, 0.97, 0.015),
          ("unseen-traffic-sealed.yaml", 0.94, 0.93, 0.035), ("unseen-roles-sealed.yaml", 0.83, 0.96, 0.015),
          ("unseen-practitioners-sealed.yaml", 0.80, 0.92, 0.04), ("unseen-learners-sealed.yaml", 0.85, 0.96, 0.02),
          ("unseen-oncall-tune.yaml", 0.84, 0.94, 0.035), ("unseen-visitors-tune.yaml", 0.85, 0.96, 0.02),
          ("unseen-formal-tune.yaml", 0.90, 0.98, 0.015),
          # Stop 26: new heads of IT catching up (handover), comms officers and councillors checking drafts
          # (factcheck), search-box typing (searchbox), claims put to us to confirm (claimcheck): a studied
          # half and a sealed half each; and a month of a regional branch channel (branch), sealed whole.
          ("unseen-handover-tune.yaml", 0.93, 0.97, 0.015), ("unseen-handover-sealed.yaml", 0.85, 0.97, 0.015),
          ("unseen-factcheck-tune.yaml", 0.93, 0.95, 0.02), ("unseen-factcheck-sealed.yaml", 0.74, 0.92, 0.04),
          ("unseen-searchbox-tune.yaml", 0.91, 0.95, 0.02), ("unseen-searchbox-sealed.yaml", 0.85, 0.90, 0.05),
          ("unseen-claimcheck-tune.yaml", 0.95, 0.96, 0.015), ("unseen-claimcheck-sealed.yaml", 0.84, 0.90, 0.035),
          ("unseen-branch-sealed.yaml", 0.80, 0.90, 0.055),
          # Stop 27: heads of IT on their phones (phone), finance directors and audit chairs (finance), Welsh,
          # Scottish, Northern Irish and district councils (nations), apprentices and new starters (starters),
          # typed during a CIO Council call (teleconf): a studied half and a sealed half each.
          ("unseen-phone-tune.yaml", 0.82, 0.95, 0.02), ("unseen-phone-sealed.yaml", 0.78, 0.97, 0.015),
          ("unseen-finance-tune.yaml", 0.92, 0.97, 0.015), ("unseen-finance-sealed.yaml", 0.85, 0.95, 0.02),
          ("unseen-nations-tune.yaml", 0.86, 0.95, 0.02), ("unseen-nations-sealed.yaml", 0.78, 0.93, 0.03),
          ("unseen-starters-tune.yaml", 0.83, 0.97, 0.02), ("unseen-starters-sealed.yaml", 0.89, 0.89, 0.045),
          ("unseen-teleconf-tune.yaml", 0.82, 0.93, 0.05), ("unseen-teleconf-sealed.yaml", 0.86, 0.93, 0.035),
          # Stop 28: Slack-native typing (mentions, :emoji:, quoted lines, links) and councillors before a
          # committee, sealed whole (read as totals on arrival and at the stop's end only).
          ("unseen-slack-sealed.yaml", 0.85, 0.94, 0.04), ("unseen-councillors-sealed.yaml", 0.77, 0.93, 0.05),
          # Stop 29: internal auditors and risk managers (audit) and FOI and press officers (press), a studied
          # half and a sealed half each; service-desk analysts relaying questions (servicedesk), sealed whole.
          ("unseen-audit-tune.yaml", 0.92, 0.97, 0.03), ("unseen-audit-sealed.yaml", 0.84, 0.87, 0.065),
          ("unseen-press-tune.yaml", 0.91, 0.97, 0.015), ("unseen-press-sealed.yaml", 0.83, 0.97, 0.025),
          ("unseen-servicedesk-sealed.yaml", 0.86, 0.90, 0.055),
          # Stop 30: emergency planners and resilience officers (planners) and data protection and information
          # governance officers (dpo), a studied half and a sealed half each.
          ("unseen-planners-tune.yaml", 0.83, 0.97, 0.02), ("unseen-planners-sealed.yaml", 0.81, 0.93, 0.045),
          ("unseen-dpo-tune.yaml", 0.87, 0.95, 0.025), ("unseen-dpo-sealed.yaml", 0.92, 0.95, 0.025),
          # Stop 31: council staff dictating to a phone's speech-to-text (dictated) and council IT staff whose first
          # language is not English (secondlang), a studied half and a sealed half each.
          ("unseen-dictated-tune.yaml", 0.87, 0.95, 0.02), ("unseen-dictated-sealed.yaml", 0.78, 0.88, 0.06),
          ("unseen-secondlang-tune.yaml", 0.90, 0.96, 0.02), ("unseen-secondlang-sealed.yaml", 0.78, 0.93, 0.05),
          # Stop 32: officers in a chief executive's office drafting briefings, who cross-wire two real facts
          # (briefing), and suppliers, researchers, trade journalists and a civil-service secondee writing formally
          # (outsiders), a studied half and a sealed half each.
          ("unseen-briefing-tune.yaml", 0.85, 0.95, 0.03), ("unseen-briefing-sealed.yaml", 0.88, 0.86, 0.06),
          ("unseen-outsiders-tune.yaml", 0.78, 0.97, 0.02), ("unseen-outsiders-sealed.yaml", 0.74, 0.97, 0.02),
          # Stop 33: monitoring officers, heads of legal and audit chairs who test what they are told with negations,
          # tag questions, comparisons and either/or (sceptics), and school business managers, parish clerks and
          # care-home managers who describe things instead of naming them (describers), a studied half and a sealed half each.
          ("unseen-sceptics-tune.yaml", 0.70, 0.95, 0.03), ("unseen-sceptics-sealed.yaml", 0.85, 0.93, 0.03),
          ("unseen-describers-tune.yaml", 0.80, 0.93, 0.03), ("unseen-describers-sealed.yaml", 0.74, 0.95, 0.05),
          # Stop 34: officers relaying what they heard second-hand (grapevine), people building timelines and history
          # slides (timeline), PAs and team leaders pasting forwarded mail, chats and tickets (forwarders), tracker and
          # form fillers pasting table rows and blanks (trackers) and senior officers who never ask directly (indirect),
          # a studied half and a sealed half each; digital and transformation leads in project jargon (jargon) and comms
          # officers checking campaign lines (campaign), sealed whole (read as totals on arrival and at the stop's end).
          ("unseen-grapevine-tune.yaml", 0.88, 0.97, 0.01), ("unseen-grapevine-sealed.yaml", 0.86, 0.95, 0.02),
          ("unseen-timeline-tune.yaml", 0.92, 0.97, 0.01), ("unseen-timeline-sealed.yaml", 0.79, 0.95, 0.04),
          ("unseen-forwarders-tune.yaml", 0.90, 0.97, 0.01), ("unseen-forwarders-sealed.yaml", 0.70, 0.97, 0.04),
          ("unseen-trackers-tune.yaml", 0.79, 0.95, 0.04), ("unseen-trackers-sealed.yaml", 0.80, 0.91, 0.07),
          ("unseen-indirect-tune.yaml", 0.93, 0.91, 0.04), ("unseen-indirect-sealed.yaml", 0.85, 0.95, 0.02),
          ("unseen-jargon-sealed.yaml", 0.85, 0.92, 0.04), ("unseen-campaign-sealed.yaml", 0.92, 0.97, 0.015),
          # Stop 35: council lawyers and governance officers (legal), procurement and contract managers (procurement),
          # phone typing mangled by autocorrect (autocorrect), slide-makers comparing and ordering facts (compare),
          # programme and PMO staff in project shorthand (pmo), risk, insurance and continuity officers (risk), parish
          # and town clerks and small districts (clerks) and HR, training and internal-comms staff (training): a studied
          # half and a sealed half each.
          ("unseen-legal-tune.yaml", 0.93, 0.97, 0.015), ("unseen-procurement-tune.yaml", 0.94, 0.97, 0.015),
          ("unseen-autocorrect-tune.yaml", 0.87, 0.97, 0.015), ("unseen-compare-tune.yaml", 0.95, 0.94, 0.04),
          ("unseen-pmo-tune.yaml", 0.67, 0.88, 0.055), ("unseen-risk-tune.yaml", 0.86, 0.92, 0.045),
          ("unseen-clerks-tune.yaml", 0.89, 0.94, 0.025), ("unseen-training-tune.yaml", 0.86, 0.94, 0.025),
          # ...and their sealed halves (read as totals on arrival and at the stop's end only); researchers and students
          # (academic) and chief executives and s151 officers (execs), sealed whole. The legal, procurement, autocorrect
          # and compare sealed halves keep their writers' labels, some of which mark a false claim answerable.
          ("unseen-legal-sealed.yaml", 0.82, 0.88, 0.055), ("unseen-procurement-sealed.yaml", 0.82, 0.83, 0.085),
          ("unseen-autocorrect-sealed.yaml", 0.75, 0.88, 0.055), ("unseen-compare-sealed.yaml", 0.87, 0.83, 0.085),
          ("unseen-pmo-sealed.yaml", 0.71, 0.83, 0.095), ("unseen-risk-sealed.yaml", 0.87, 0.90, 0.045),
          ("unseen-clerks-sealed.yaml", 0.82, 0.92, 0.045), ("unseen-training-sealed.yaml", 0.85, 0.92, 0.045),
          ("unseen-academic-sealed.yaml", 0.80, 0.90, 0.045), ("unseen-execs-sealed.yaml", 0.80, 0.95, 0.02),
          # Stop 36: apprentices and new starters on a council's cyber team (apprentice), other public bodies beside
          # councils: police and crime commissioners' offices, academy trusts, national parks (neighbours), civil
          # servants drafting for ministers (whitehall) and NHS and public health partners (health), a studied half
          # and a sealed half each; two more voices (vendors, veterans) sealed whole.
          ("unseen-apprentice-tune.yaml", 0.91, 0.97, 0.015), ("unseen-apprentice-sealed.yaml", 0.84, 0.94, 0.025),
          ("unseen-neighbours-tune.yaml", 0.91, 0.97, 0.040), ("unseen-neighbours-sealed.yaml", 0.87, 0.90, 0.045),
          ("unseen-whitehall-tune.yaml", 0.97, 0.97, 0.015), ("unseen-whitehall-sealed.yaml", 0.87, 0.83, 0.085),
          ("unseen-health-tune.yaml", 0.89, 0.97, 0.025), ("unseen-health-sealed.yaml", 0.84, 0.83, 0.075),
          ("unseen-vendors-sealed.yaml", 0.93, 0.90, 0.045), ("unseen-veterans-sealed.yaml", 0.82, 0.90, 0.055),
          # Stop 37: internal and external auditors (auditors), press officers and local reporters (newsdesk) and people
          # probing the bot as an attacker would (redteam), a studied half and a sealed half each; councillors
          # (members) and officers dictating voice notes (voicenotes), sealed whole.
          ("unseen-auditors-tune.yaml", 0.93, 0.97, 0.025), ("unseen-auditors-sealed.yaml", 0.82, 0.94, 0.025),
          ("unseen-newsdesk-tune.yaml", 0.93, 0.97, 0.015), ("unseen-newsdesk-sealed.yaml", 0.86, 0.92, 0.045),
          ("unseen-redteam-tune.yaml", 0.91, 0.97, 0.015), ("unseen-redteam-sealed.yaml", 0.91, 0.90, 0.055),
          ("unseen-members-sealed.yaml", 0.85, 0.94, 0.030), ("unseen-voicenotes-sealed.yaml", 0.72, 0.94, 0.030),
          # Stop 38: officers who put time relative to now (reltime), SOC and service-desk shift staff between tickets
          # (shiftdesk) and board-paper writers who need a fact to cite (citers), a studied half and a sealed half each;
          # officers checking what an AI assistant told them (aicheck) and heads of IT new from the private sector
          # (newcomers), sealed whole.
          ("unseen-reltime-tune.yaml", 0.84, 0.97, 0.025), ("unseen-reltime-sealed.yaml", 0.78, 0.88, 0.085),
          ("unseen-shiftdesk-tune.yaml", 0.93, 0.97, 0.015), ("unseen-shiftdesk-sealed.yaml", 0.82, 0.86, 0.075),
          ("unseen-citers-tune.yaml", 0.97, 0.97, 0.015), ("unseen-citers-sealed.yaml", 0.91, 0.92, 0.040),
          ("unseen-aicheck-sealed.yaml", 0.79, 0.90, 0.065), ("unseen-newcomers-sealed.yaml", 0.88, 0.88, 0.065),
          # Stop 39: event organisers and delegates (events), staff typing mid-incident (incident) and heavy Slack
          # users whose questions sit in markup (markup), a studied half and a sealed half each; HR and recruitment
          # officers (hr) and cyber insurers and brokers (insurers), sealed whole.
          ("unseen-events-tune.yaml", 0.91, 0.97, 0.025), ("unseen-events-sealed.yaml", 0.81, 0.87, 0.065),
          ("unseen-incident-tune.yaml", 0.97, 0.97, 0.015), ("unseen-incident-sealed.yaml", 0.85, 0.90, 0.045),
          ("unseen-markup-tune.yaml", 0.93, 0.97, 0.015), ("unseen-markup-sealed.yaml", 0.87, 0.90, 0.065),
          ("unseen-hr-sealed.yaml", 0.84, 0.93, 0.040), ("unseen-insurers-sealed.yaml", 0.91, 0.92, 0.040),
          # Stop 39, second round: staff who type to us as to ChatGPT (prompters), directors of front-line services who
          # are not IT people (services) and MPs' caseworkers relaying residents (caseworkers), a studied half and a
          # sealed half each; combined authorities' digital and resilience officers (combined), sealed whole.
          ("unseen-prompters-tune.yaml", 0.91, 0.92, 0.040), ("unseen-prompters-sealed.yaml", 0.82, 0.88, 0.095),
          ("unseen-services-tune.yaml", 0.75, 0.90, 0.055), ("unseen-services-sealed.yaml", 0.74, 0.90, 0.075),
          ("unseen-caseworkers-tune.yaml", 0.97, 0.97, 0.015), ("unseen-caseworkers-sealed.yaml", 0.88, 0.94, 0.025),
          ("unseen-combined-sealed.yaml", 0.90, 0.92, 0.040),
          # Stop 40: blue-light partners in resilience forums (bluelight), housing associations and ALMOs (housing), town
          # and parish clerks (parish) and people who write long messages (wordy), a studied half and a sealed half each;
          # placement students citing for dissertations (students), schools buying IT from the council (schools), electoral
          # services (elections), records and FOI officers (records), union branch officers (unions) and library staff
          # (libraries), sealed whole.
          ("unseen-bluelight-tune.yaml", 0.93, 0.97, 0.015), ("unseen-bluelight-sealed.yaml", 0.86, 0.94, 0.040),
          ("unseen-housing-tune.yaml", 0.89, 0.94, 0.045), ("unseen-housing-sealed.yaml", 0.89, 0.90, 0.045),
          ("unseen-parish-tune.yaml", 0.89, 0.94, 0.040), ("unseen-parish-sealed.yaml", 0.82, 0.86, 0.085),
          ("unseen-wordy-tune.yaml", 0.95, 0.94, 0.025), ("unseen-wordy-sealed.yaml", 0.71, 0.94, 0.040),
          ("unseen-students-sealed.yaml", 0.87, 0.91, 0.040), ("unseen-schools-sealed.yaml", 0.87, 0.93, 0.040),
          ("unseen-elections-sealed.yaml", 0.89, 0.92, 0.040), ("unseen-records-sealed.yaml", 0.91, 0.90, 0.045),
          ("unseen-unions-sealed.yaml", 0.89, 0.94, 0.025), ("unseen-libraries-sealed.yaml", 0.81, 0.92, 0.040),
          # Stop 41: cabinet members and portfolio holders (cabinet), peer reviewers from other councils (peers), managers
          # of shared ICT services (sharedsvc), social care managers (socialcare) and committee officers writing minutes
          # (minutes), a studied half and a sealed half each; interim heads of IT and contract consultants (interims), sealed whole.
          ("unseen-cabinet-tune.yaml", 0.91, 0.97, 0.040), ("unseen-cabinet-sealed.yaml", 0.91, 0.96, 0.040),
          ("unseen-peers-tune.yaml", 0.92, 0.93, 0.040), ("unseen-peers-sealed.yaml", 0.80, 0.95, 0.025),
          ("unseen-sharedsvc-tune.yaml", 0.98, 0.95, 0.025), ("unseen-sharedsvc-sealed.yaml", 0.81, 0.93, 0.040),
          ("unseen-socialcare-tune.yaml", 0.92, 0.95, 0.025), ("unseen-socialcare-sealed.yaml", 0.81, 0.91, 0.045),
          ("unseen-minutes-tune.yaml", 0.94, 0.97, 0.015), ("unseen-minutes-sealed.yaml", 0.72, 0.95, 0.040),
          ("unseen-interims-sealed.yaml", 0.72, 0.92, 0.045),
          # Stop 41, second round: highways and transport engineers (transport), revenues and benefits teams (revenues), pension
          # fund officers and boards (pensions) and trading standards officers (tradingstd), sealed whole.
          ("unseen-transport-sealed.yaml", 0.83, 0.93, 0.040), ("unseen-revenues-sealed.yaml", 0.85, 0.96, 0.020),
          ("unseen-pensions-sealed.yaml", 0.90, 0.93, 0.045), ("unseen-tradingstd-sealed.yaml", 0.84, 0.90, 0.055),
          # Stop 42: contact centre team leaders (contactcentre), estates and facilities managers (estates), network engineers
          # (netops), emergency planning and resilience officers (resilience) and scrutiny chairs and officers (scrutiny), studied
          # whole after their arrival figures; licensing and regulatory officers (licensing), graduate trainees (graduates),
          # social media officers (socialmedia), policy advisers (policy) and MPs' offices (mpsoffice), sealed whole.
          ("unseen-contactcentre-tune.yaml", 0.78, 0.93, 0.045), ("unseen-estates-tune.yaml", 0.84, 0.96, 0.040),
          ("unseen-netops-tune.yaml", 0.79, 0.95, 0.025), ("unseen-resilience-tune.yaml", 0.88, 0.96, 0.030),
          ("unseen-scrutiny-tune.yaml", 0.83, 0.93, 0.040), ("unseen-licensing-sealed.yaml", 0.85, 0.94, 0.030),
          ("unseen-graduates-sealed.yaml", 0.80, 0.97, 0.040), ("unseen-socialmedia-sealed.yaml", 0.92, 0.92, 0.050),
          ("unseen-policy-sealed.yaml", 0.84, 0.93, 0.040), ("unseen-mpsoffice-sealed.yaml", 0.78, 0.96, 0.020),
          # Stop 43: a council's in-house digital team (digitalteam) and county highways and OT engineers (highways), studied
          # whole after their arrival figures; executive assistants to chief executives (execassist), public health analysts
          # (publichealth) and registration and electoral services staff (registrars), sealed whole.
          ("unseen-digitalteam-tune.yaml", 0.79, 0.94, 0.040), ("unseen-highways-tune.yaml", 0.86, 0.96, 0.030),
          ("unseen-execassist-sealed.yaml", 0.87, 0.94, 0.030), ("unseen-publichealth-sealed.yaml", 0.88, 0.93, 0.045),
          ("unseen-registrars-sealed.yaml", 0.95, 0.97, 0.015),
          # Stop 44: county children's services and education leads (childrens) and London borough environmental health
          # officers (envhealth), studied whole after their arrival figures; cloud and infrastructure architects (cloudarch),
          # leisure, parks and culture managers (leisure) and waste and recycling depot managers (waste), sealed whole.
          ("unseen-childrens-tune.yaml", 0.89, 0.94, 0.030), ("unseen-envhealth-tune.yaml", 0.86, 0.95, 0.040),
          ("unseen-cloudarch-sealed.yaml", 0.87, 0.95, 0.040), ("unseen-leisure-sealed.yaml", 0.80, 0.94, 0.040),
          ("unseen-waste-sealed.yaml", 0.84, 0.95, 0.025),
          # Stop 48: six sets written blind from the fact sheet and seeds alone, by voice or by kind of question: officers
          # typing on the train (commuters), governance officers and committee clerks preparing papers (governance),
          # policy officers' formal requests (policyofficers), questions passed on in reported speech (reported),
          # negations and tag questions (negations) and how facts relate: order, gaps, sizes, successors (relations);
          # studied whole after their arrival figures (answerable / declines / wrong on arrival: 97 / 94 / 2.5,
          # 69 / 100 / 3.3, 90 / 94 / 2.5, 81 / 98 / 0.8, 92 / 90 / 4.2 and 64 / 85 / 10.0).
          ("unseen-commuters-tune.yaml", 0.95, 0.93, 0.025), ("unseen-governance-tune.yaml", 0.73, 0.97, 0.035),
          ("unseen-policyofficers-tune.yaml", 0.91, 0.95, 0.015), ("unseen-reported-tune.yaml", 0.82, 0.97, 0.015),
          ("unseen-negations-tune.yaml", 0.89, 0.91, 0.035), ("unseen-relations-tune.yaml", 0.63, 0.85, 0.10),
          # Stop 49: eight sets written blind from the fact sheet and seeds alone, each split alternately into a tune
          # half (studied) and a sealed half (never read, totals only): timeline relations for a slide (chronology),
          # people from other sectors and nations (crossover), lines pasted from drafts to check (drafts), phone typing
          # (thumbs), officers writing English as a second language (esl), auditors probing with altered facts
          # (probers), CIO Council members during a teleconference (telecon) and a year-in-review history (yearbook).
          # Arrival (answerable / declines / wrong, tune then sealed): chronology 56 / 89 / 14.3 and 59 / 97 / 4.3,
          # crossover 84 / 97 / 2.9 and 82 / 97 / 1.4, drafts 87 / 81 / 8.6 and 84 / 75 / 12.9, thumbs 95 / 100 / 0
          # and 95 / 100 / 0, esl 92 / 90 / 4.3 and 89 / 97 / 1.4, probers 94 / 92 / 4.3 and 97 / 95 / 2.9, telecon
          # 90 / 97 / 2.9 and 95 / 100 / 0, yearbook 56 / 97 / 7.1 and 66 / 91 / 10.0.
          ("unseen-chronology-tune.yaml", 0.73, 0.87, 0.125), ("unseen-chronology-sealed.yaml", 0.57, 0.96, 0.055),
          ("unseen-crossover-tune.yaml", 0.96, 0.95, 0.040), ("unseen-crossover-sealed.yaml", 0.83, 0.95, 0.025),
          ("unseen-drafts-tune.yaml", 0.86, 0.79, 0.100), ("unseen-drafts-sealed.yaml", 0.83, 0.74, 0.140),
          ("unseen-thumbs-tune.yaml", 0.96, 0.99, 0.010), ("unseen-thumbs-sealed.yaml", 0.93, 0.99, 0.010),
          ("unseen-esl-tune.yaml", 0.91, 0.89, 0.055), ("unseen-esl-sealed.yaml", 0.91, 0.95, 0.025),
          ("unseen-probers-tune.yaml", 0.95, 0.93, 0.040), ("unseen-probers-sealed.yaml", 0.95, 0.96, 0.025),
          ("unseen-telecon-tune.yaml", 0.91, 0.95, 0.040), ("unseen-telecon-sealed.yaml", 0.93, 0.99, 0.010),
          ("unseen-yearbook-tune.yaml", 0.65, 0.95, 0.055), ("unseen-yearbook-sealed.yaml", 0.64, 0.89, 0.110),
          # Stop 51: six sets written blind from the fact sheet and seeds alone, each split at random into a tune half
          # (studied) and a sealed half (never read, totals only): phone typing with autocorrect slips (thumbsup),
          # colleagues across the four nations asking what applies where (fournations), questions passed on from
          # someone else (passedon), people, roles and dates (rollcall), finance and bid writers on sums (ledger) and
          # newcomers describing things in everyday words (firstweek). Arrival (answerable / declines / wrong, tune
          # then sealed): thumbsup 96 / 96 / 1.2 and 89 / 93 / 5.0, fournations 91 / 100 / 0 and 89 / 86 / 7.5,
          # passedon 87 / 97 / 2.5 and 88 / 92 / 5.0, rollcall 87 / 97 / 2.5 and 81 / 95 / 7.5, ledger 95 / 90 / 5.0
          # and 84 / 94 / 3.8, firstweek 92 / 92 / 3.8 and 96 / 94 / 3.8.
          ("unseen-thumbsup-tune.yaml", 0.96, 0.96, 0.015), ("unseen-thumbsup-sealed.yaml", 0.88, 0.93, 0.055),
          ("unseen-fournations-tune.yaml", 0.93, 0.99, 0.005), ("unseen-fournations-sealed.yaml", 0.88, 0.86, 0.080),
          ("unseen-passedon-tune.yaml", 0.91, 0.97, 0.030), ("unseen-passedon-sealed.yaml", 0.88, 0.92, 0.055),
          ("unseen-rollcall-tune.yaml", 0.86, 0.97, 0.030), ("unseen-rollcall-sealed.yaml", 0.81, 0.94, 0.080),
          ("unseen-ledger-tune.yaml", 0.94, 0.92, 0.040), ("unseen-ledger-sealed.yaml", 0.85, 0.93, 0.040),
          ("unseen-firstweek-tune.yaml", 0.94, 0.92, 0.040), ("unseen-firstweek-sealed.yaml", 0.95, 0.93, 0.040),
          # Stop 52: four more sets written blind the same way, split at random into a tune and a sealed half:
          # candidates preparing for a council cyber job interview (interview), FOI officers checking exact facts for a
          # response (foi), a data analyst after counts, sums, durations and orderings (analyst), and replies in busy
          # threads, fragments and quoted snippets (replyall). Arrival on 1abd6ab, all 640 (answerable / declines /
          # wrong): interview 92 / 93 / 3.1, foi 98 / 94 / 2.5, analyst 74 / 92 / 7.5, replyall 98 / 96 / 1.9. Floors
          # raised to where the stop's fixes left them (analyst tune 72 -> 83 answerable, sealed 76 -> 81).
          ("unseen-interview-tune.yaml", 0.94, 0.99, 0.005), ("unseen-interview-sealed.yaml", 0.89, 0.92, 0.040),
          ("unseen-foi-tune.yaml", 0.97, 0.97, 0.015), ("unseen-foi-sealed.yaml", 0.97, 0.91, 0.040),
          ("unseen-analyst-tune.yaml", 0.86, 0.91, 0.050), ("unseen-analyst-sealed.yaml", 0.80, 0.94, 0.040),
          ("unseen-replyall-tune.yaml", 0.97, 0.97, 0.015), ("unseen-replyall-sealed.yaml", 0.97, 0.96, 0.015),
          # Stop 53: four more written blind the same way and split at random: a council manager fact-checking LinkedIn
          # posts and newsletter blurbs, most of their claims subtly wrong (linkedin), an officer writing the council
          # leader's speech (speechwriter), a security officer back after two years away (returner), and a supplier's
          # consultant preparing a pitch, a guest in the council's Slack (consultant). Arrival on 4a70d66, all 640:
          # 91.8 / 95.5 / 2.5; linkedin 97 / 97 / 1.3, speechwriter 90 / 93 / 3.8, returner 91 / 97 / 1.3, consultant
          # 90 / 94 / 3.8. Floors raised to where the stop's fixes left them (speechwriter tune 89 -> 93 answerable;
          # analyst tune 83 -> 87 and replyall tune declines 94 -> 97 from the stop 52 sets).
          ("unseen-linkedin-tune.yaml", 0.97, 0.97, 0.015), ("unseen-linkedin-sealed.yaml", 0.95, 0.97, 0.015),
          ("unseen-speechwriter-tune.yaml", 0.93, 0.94, 0.025), ("unseen-speechwriter-sealed.yaml", 0.90, 0.94, 0.040),
          ("unseen-returner-tune.yaml", 0.92, 0.97, 0.015), ("unseen-returner-sealed.yaml", 0.89, 0.96, 0.015),
          ("unseen-consultant-tune.yaml", 0.86, 0.91, 0.065), ("unseen-consultant-sealed.yaml", 0.93, 0.97, 0.015),
          # Stop 54: four more written blind the same way and split at random: a fed-up head of ICT who has been told
          # wrong things before and challenges every answer (grumpy), an analyst revising with terse flashcard prompts
          # (flashcards), a democratic services officer checking names, dates and figures for a teleconference's minutes
          # (minutetaker), and a chatty podcast host with the question in the middle of asides (podcast). Arrival on
          # d4d3f21, all 640: 83.8 / 94.1 / 3.6; grumpy 84 / 99 / 1.2, flashcards 82 / 89 / 6.9, minutetaker 84 / 94 / 3.1,
          # podcast 85 / 94 / 3.1. Floors raised to where the stop's fixes left them (all 640 at 12993c9: 84.9 / 96.5 / 2.5).
          ("unseen-grumpy-tune.yaml", 0.84, 0.99, 0.015), ("unseen-grumpy-sealed.yaml", 0.83, 0.97, 0.015),
          ("unseen-flashcards-tune.yaml", 0.82, 0.94, 0.040), ("unseen-flashcards-sealed.yaml", 0.85, 0.94, 0.055),
          ("unseen-minutetaker-tune.yaml", 0.87, 0.96, 0.015), ("unseen-minutetaker-sealed.yaml", 0.82, 0.94, 0.040),
          ("unseen-podcast-tune.yaml", 0.83, 0.97, 0.030), ("unseen-podcast-sealed.yaml", 0.88, 0.97, 0.015)]


def test_every_unseen_set_in_the_data_is_judged_here():
    # a set copied in without floors would sit in tests/data looking tested while nothing reads it
    on_disk = {path.name for path in (ROOT / "tests" / "data").glob("unseen-*.yaml")}
    assert on_disk == {name for name, *_ in UNSEEN}, sorted(on_disk ^ {name for name, *_ in UNSEEN})


@pytest.mark.parametrize("name, answerable, declines, wrong", UNSEEN, ids=[u[0] for u in UNSEEN])
def test_questions_nobody_wrote_for_the_knowledge_base_are_answered_or_declined_honestly(
        answerer, name, answerable, declines, wrong):
    report = evaluate.run(answerer, evaluate.load_questions(ROOT / "tests" / "data" / name))
    # Plain numbers only: a failure must show the totals, never a question of the sealed set.
    got_answerable = float(report.answerable_accuracy)
    got_declines = float(report.abstention_accuracy)
    got_wrong = float(report.confidently_wrong_rate)
    del report
    figures = f"{name}: answerable {got_answerable:.1%}, declines {got_declines:.1%}, confidently wrong {got_wrong:.1%}"
    assert got_answerable >= answerable, figures
    assert got_declines >= declines, figures
    assert got_wrong <= wrong, figures


@pytest.mark.parametrize("questions", OURS, ids=lambda p: p.stem)
def test_our_own_question_sets_are_mostly_answered_and_off_topic_declined(answerer, questions):
    report = evaluate.run(answerer, evaluate.load_questions(questions))
    assert report.answerable_accuracy >= 0.85, evaluate.format_report(report)
    assert report.abstention_accuracy >= 0.85, evaluate.format_report(report)
    assert report.false_answer_rate <= 0.1, evaluate.format_report(report)
