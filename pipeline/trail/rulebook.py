"""Which rules read a claim, and in what order (stance.py sums their signals; on a tie of
weight the first basis is the one quoted). An event is read by the event rules; a policy by
the rules on each reference to it (stance.py), then the policy rules, the judgement of doing
it, and the late rules."""

from __future__ import annotations

from pipeline.trail import (
    stance_accounts,
    stance_backing,
    stance_balance,
    stance_blame,
    stance_burden,
    stance_camps,
    stance_case,
    stance_category,
    stance_conditionals,
    stance_consent,
    stance_denials,
    stance_doers,
    stance_doing,
    stance_efficacy,
    stance_emotions,
    stance_events,
    stance_excuses,
    stance_fears,
    stance_fitness,
    stance_guilt,
    stance_harms,
    stance_haste,
    stance_hostility,
    stance_intent,
    stance_jobs,
    stance_labels,
    stance_need,
    stance_office,
    stance_overstated,
    stance_paying,
    stance_permission,
    stance_preference,
    stance_process,
    stance_property,
    stance_restate,
    stance_reversal,
    stance_scares,
    stance_states,
    stance_verdicts,
)

EVENT_RULES = (
    stance_events.event_signals, stance_denials.report_signals, stance_verdicts.verdict_signals,
    stance_excuses.excuse_signals, stance_accounts.account_signals, stance_guilt.guilt_signals,
    stance_property.property_signals, stance_blame.blame_signals,
    stance_denials.event_frame_signals, stance_intent.intent_signals, stance_doers.doer_signals,
    stance_efficacy.efficacy_signals, stance_jobs.jobs_signals)
POLICY_RULES = (
    stance_restate.restate_signals, stance_labels.label_signals, stance_restate.free_signals,
    stance_restate.standing_signals, stance_states.kept_state_signals,
    stance_states.duty_state_signals,
    stance_states.owned_state_signals, stance_process.process_signals,
    stance_reversal.reversal_signals, stance_consent.consent_signals, stance_camps.camp_signals,
    stance_camps.attitude_signals, stance_burden.burden_signals, stance_camps.resolve_signals,
    stance_camps.camp_judged_signals, stance_hostility.hostility_signals,
    stance_hostility.accusation_signals, stance_preference.set_aside_signals,
    stance_camps.refusal_signals, stance_fears.fear_signals, stance_fears.nothing_to_fear_signals,
    stance_emotions.feeling_signals, stance_conditionals.conditional_signals,
    stance_preference.preference_signals, stance_haste.haste_signals,
    stance_preference.alternative_signals, stance_preference.without_signals,
    stance_preference.instead_signals, stance_fitness.fitness_signals,
    stance_backing.backing_signals, stance_permission.permission_signals,
    stance_permission.restricted_signals, stance_need.enough_signals,
    stance_need.displacement_signals, stance_need.amount_signals, stance_need.status_quo_signals,
    stance_need.call_to_act_signals, stance_need.capacity_signals, stance_office.office_signals,
    stance_case.policy_evidence_signals, stance_balance.balance_signals,
    stance_category.category_signals, stance_paying.paying_signals)
LATE_RULES = (stance_doing.time_signals, stance_harms.harm_signals, stance_scares.scare_signals,
              stance_overstated.overstated_signals)
