"""Courteous letters that go with a decision: referring a customer elsewhere, or declining.

Drafts to edit, never sent by crmnote: the desktop app and `crmnote add decision` put them in
the decision's message, where they can be changed, copied, printed or saved.
"""

from __future__ import annotations

from crmnote.domain.reasons import Reason, message

_REFERRAL = message(
    "letter.referral",
    "Dear {customer},\n\n"
    "Thank you for choosing {business} and for the time we have worked together.\n\n"
    "We want you to get the best service possible.{why} We believe {alternative} is better "
    "placed to help you from here, and we would be glad to make the introduction and pass on "
    "anything that helps them get started.\n\n"
    "We wish you every success, and thank you again for your custom.\n\n"
    "Kind regards,\n{business}\n",
)
_DECLINE = message(
    "letter.decline",
    "Dear {customer},\n\n"
    "Thank you for choosing {business} and for the time we have worked together.\n\n"
    "After careful thought, we have decided not to take on further work for you.{why} "
    "Everything we have already agreed will be completed as promised, and any open questions "
    "about it will of course be answered.{elsewhere}\n\n"
    "We wish you every success, and thank you for your understanding.\n\n"
    "Kind regards,\n{business}\n",
)
_ELSEWHERE = message(
    "letter.elsewhere",
    " {alternative} may be able to help you, and we are happy to pass on anything that helps "
    "them get started.",
)


def _required(**values: str) -> None:
    for field, value in values.items():
        if not value.strip():
            raise ValueError(f"{field}: must not be empty")  # the callers check first


def _sentence(reason: str) -> str:
    """` Your project needs weekend support.` from `your project needs weekend support` (the
    user's own words, in the letter as typed)."""
    why = reason.strip().rstrip(".")
    return f" {why[:1].upper()}{why[1:]}." if why else ""


def referral_message(customer_name: str, business_name: str, alternative: str, reason: str) -> str:
    """A short, courteous message sending the customer on to an alternative provider.

    `reason` is a customer-facing clause such as "your project needs weekend support, which we
    cannot offer"; leave it empty to give none. A `Reason`: the desktop app drafts it in the
    user's language.
    """
    _required(customer_name=customer_name, business_name=business_name, alternative=alternative)
    return Reason(
        _REFERRAL,
        customer=customer_name.strip(),
        business=business_name.strip(),
        alternative=alternative.strip(),
        why=_sentence(reason),
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
    elsewhere = Reason(_ELSEWHERE, alternative=alternative.strip()) if alternative.strip() else ""
    return Reason(
        _DECLINE,
        customer=customer_name.strip(),
        business=business_name.strip(),
        why=_sentence(reason),
        elsewhere=elsewhere,
    )
