"""Courteous letters that go with a decision: referring a customer elsewhere, or declining.

Drafts to edit, never sent by crmnote: the desktop app and `crmnote add decision` put them in
the decision's message, where they can be changed, copied, printed or saved.
"""

from __future__ import annotations


def _required(**values: str) -> None:
    for field, value in values.items():
        if not value.strip():
            raise ValueError(f"{field}: must not be empty")


def _sentence(reason: str) -> str:
    """` Your project needs weekend support.` from `your project needs weekend support`."""
    why = reason.strip().rstrip(".")
    return f" {why[:1].upper()}{why[1:]}." if why else ""


def referral_message(customer_name: str, business_name: str, alternative: str, reason: str) -> str:
    """A short, courteous message sending the customer on to an alternative provider.

    `reason` is a customer-facing clause such as "your project needs weekend support, which we
    cannot offer"; leave it empty to give none.
    """
    _required(customer_name=customer_name, business_name=business_name, alternative=alternative)
    return (
        f"Dear {customer_name.strip()},\n\n"
        f"Thank you for choosing {business_name.strip()} and for the time we have worked "
        "together.\n\n"
        f"We want you to get the best service possible.{_sentence(reason)} We believe "
        f"{alternative.strip()} is better placed to help you from here, and we would be glad to "
        "make the introduction and pass on anything that helps them get started.\n\n"
        "We wish you every success, and thank you again for your custom.\n\n"
        f"Kind regards,\n{business_name.strip()}\n"
    )


def decline_message(
    customer_name: str, business_name: str, reason: str, alternative: str = ""
) -> str:
    """A short, courteous message saying we will take on no further work for the customer.

    It closes the door without blame: thanks, the decision in one sentence with an optional
    customer-facing `reason` ("we cannot offer the response times your work needs"), what is
    still owed to them is honoured, and an `alternative` named when there is one.
    """
    _required(customer_name=customer_name, business_name=business_name)
    elsewhere = (
        f" {alternative.strip()} may be able to help you, and we are happy to pass on anything "
        "that helps them get started."
        if alternative.strip()
        else ""
    )
    return (
        f"Dear {customer_name.strip()},\n\n"
        f"Thank you for choosing {business_name.strip()} and for the time we have worked "
        "together.\n\n"
        "After careful thought, we have decided not to take on further work for you."
        f"{_sentence(reason)} Everything we have already agreed will be completed as promised, "
        f"and any open questions about it will of course be answered.{elsewhere}\n\n"
        "We wish you every success, and thank you for your understanding.\n\n"
        f"Kind regards,\n{business_name.strip()}\n"
    )
