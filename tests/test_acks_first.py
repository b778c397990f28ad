"""Acks before answers: an answer waits for a lull in incoming requests, but never for long."""

from concurrent.futures import wait

from handlers.acksfirst import AcksFirst, AcksFirstExecutor


class FakeTime:
    """A clock that only moves when someone sleeps, with requests arriving on a schedule."""

    def __init__(self, gate_holder: list, arrivals: list[float] = ()):
        self.now = 100.0
        self.arrivals = sorted(arrivals)
        self.gate_holder = gate_holder
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        end = self.now + seconds
        while self.arrivals and self.arrivals[0] <= end:
            self.now = self.arrivals.pop(0)  # the request arrives while the answer sleeps
            self.gate_holder[0].request_arrived()
        self.now = end


def gate_with(arrivals=(), quiet=0.002, longest=0.05):
    holder: list = []
    fake = FakeTime(holder, arrivals)
    gate = AcksFirst(quiet=quiet, longest=longest, clock=fake.clock, sleep=fake.sleep)
    holder.append(gate)
    return gate, fake


def test_an_answer_starts_at_once_when_no_request_has_come_in():
    gate, fake = gate_with()
    gate.wait_turn()
    assert fake.slept == []


def test_an_answer_waits_until_requests_have_stopped_arriving_for_a_moment():
    gate, fake = gate_with(arrivals=[100.001, 100.002, 100.003])
    gate.request_arrived()  # a request at 100.000
    gate.wait_turn()
    # the last request came at 100.003, so the answer starts once 2 ms have passed after it
    assert abs(fake.now - 100.005) < 1e-9


def test_a_steady_stream_of_requests_never_holds_an_answer_back_longer_than_the_limit():
    gate, fake = gate_with(arrivals=[100 + i * 0.001 for i in range(1, 1000)])
    gate.request_arrived()
    gate.wait_turn()
    assert abs(fake.now - 100.05) < 1e-9


def test_the_listener_pool_runs_every_job_it_is_given_and_returns_its_result():
    gate = AcksFirst()
    with AcksFirstExecutor(gate, max_workers=2) as pool:
        futures = [pool.submit(lambda n=n: n * n) for n in range(10)]
        wait(futures, timeout=5)
    assert [f.result() for f in futures] == [n * n for n in range(10)]
