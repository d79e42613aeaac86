"""benchmarks/drop_reasons.py wraps the events stage's ``_keep`` to record which events it kept;
the wrapper must take whatever ``_keep`` takes (round 19c added ``distinct`` and the wrapper
then failed on the first coordinated act, found in round 20)."""

from __future__ import annotations

import inspect

from conftest import benchmark

from communique.stages import events as events_stage


def test_keep_wrapper_takes_every_parameter_of_keep():
    drop_reasons = benchmark("drop_reasons")
    params = inspect.signature(events_stage._keep).parameters
    wrapper = inspect.signature(drop_reasons.keep_wrapper)
    wrapper.bind(*range(len(params)))
    wrapper.bind(*range(3), **{name: True for name in list(params)[3:]})
