"""What an undo writes back is decided by the services, each step one transaction."""

from __future__ import annotations

from datetime import date

import pytest

from crmnote.domain.errors import ValidationError
from crmnote.domain.types import CustomerStatus, DecisionAction, PromiseStatus
from crmnote.services.book_services import Services


def _customer_with_history(services: Services) -> tuple[int, int, int, int]:
    customer, _ = services.records.add("customer", {"name": "Fjord Bikes AS"})
    call, _ = services.records.add("interaction", {"summary": "asked for helmets"}, customer.id)
    promise, _ = services.records.add(
        "promise", {"text": "deliver 20 helmets", "interaction_id": call.id}, customer.id
    )
    claim, _ = services.records.add(
        "claim", {"text": "two helmets missing", "promise_id": promise.id}, customer.id
    )
    return customer.id, call.id, promise.id, claim.id


def test_new_records_start_with_the_signed_in_staff_and_the_entity_defaults(
    services: Services,
) -> None:
    staff = services.customers.current_staff()
    assert staff is not None
    promise = services.records.defaults("promise")
    assert promise["made_by"] == staff and promise["status"] is PromiseStatus.OPEN
    assert services.records.defaults("interaction")["staff_id"] == staff
    assert services.records.defaults("customer")["owner_id"] == staff
    assert "made_by" not in services.records.defaults("feedback")


def test_deleting_a_promise_and_putting_it_back_relinks_the_claim(services: Services) -> None:
    customer, _call, promise, claim = _customer_with_history(services)
    removal, changes = services.records.delete_keeping("promise", promise)
    assert changes.kinds == {"promise"}
    assert services.records.get("claim", claim).promise_id is None  # ON DELETE SET NULL
    assert removal.links == (("claim", claim, {"promise_id": promise}),)
    services.records.put_back(removal)
    assert services.records.get("promise", promise).text == "deliver 20 helmets"
    assert services.records.get("claim", claim).promise_id == promise
    assert [p.id for p in services.records.list("promise", customer)] == [promise]


def test_deleting_a_customer_keeps_every_record_of_theirs_in_write_order(
    services: Services,
) -> None:
    customer, call, promise, claim = _customer_with_history(services)
    removal, _ = services.records.delete_keeping("customer", customer)
    kinds = [type(r).__name__ for r in removal.records]
    assert kinds == ["Customer", "Interaction", "Promise", "Claim"]
    assert services.records.list("claim", customer) == []
    services.records.put_back(removal)
    assert services.records.get("claim", claim).promise_id == promise
    assert services.records.get("promise", promise).interaction_id == call


def test_put_back_is_all_or_nothing(services: Services) -> None:
    customer, _call, promise, claim = _customer_with_history(services)
    removal, _ = services.records.delete_keeping("customer", customer)
    # Someone takes the customer's id in the meantime: nothing of the undo may be written.
    services.records.restore(removal.records[0])
    with pytest.raises(Exception):  # noqa: B017 - the storage error of a taken id
        services.records.put_back(removal)
    assert services.records.list("promise", customer) == []
    assert services.records.list("claim", customer) == []
    del promise, claim


def test_delete_many_and_restore_many_take_back_an_add(services: Services) -> None:
    customer, _call, promise, claim = _customer_with_history(services)
    made = [services.records.get("promise", promise), services.records.get("claim", claim)]
    services.records.delete_many(made)
    assert services.records.list("promise", customer) == []
    services.records.restore_many(made)
    assert [c.promise_id for c in services.records.list("claim", customer)] == [promise]


def test_a_decision_and_its_status_are_written_and_taken_back_together(
    services: Services,
) -> None:
    customer, *_ = _customer_with_history(services)
    values = {"action": DecisionAction.REFER, "reason": "outside our trade", "referral_to": "Bolt"}
    decision, before, changes = services.decisions.record(customer, values, CustomerStatus.REFERRED)
    assert before is CustomerStatus.ACTIVE
    assert changes.kinds == {"decision", "customer"}
    assert services.records.get("customer", customer).status is CustomerStatus.REFERRED
    services.decisions.take_back(decision, before)
    assert services.records.get("customer", customer).status is CustomerStatus.ACTIVE
    assert services.records.list("decision", customer) == []
    services.decisions.put_again(decision, CustomerStatus.REFERRED)
    assert [d.id for d in services.records.list("decision", customer)] == [decision.id]
    assert services.records.get("customer", customer).status is CustomerStatus.REFERRED


def test_a_refused_decision_leaves_the_status_alone(services: Services) -> None:
    customer, *_ = _customer_with_history(services)
    with pytest.raises(ValidationError):
        services.decisions.record(
            customer, {"action": "nonsense", "at": date(2026, 1, 1)}, CustomerStatus.DECLINED
        )
    assert services.records.get("customer", customer).status is CustomerStatus.ACTIVE
