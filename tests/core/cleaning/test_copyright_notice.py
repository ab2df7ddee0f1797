"""A copied page's copyright notice closes what it shows: the dialogs a copy holds below it (sign in,
reset your password, cookie choices) are not its text, however much they say; a page whose markup
puts its footer first keeps its article below the notice (issue 14)."""

from __future__ import annotations

from reader.core.cleaning import clean_text

_SHOP = [
    "Harbour Boots",
    "Shop / Men / Boots",
    "Waxed Leather Deck Boots for Men",
    "Our deck boots are cut from waxed full-grain leather and stitched by hand onto a siped rubber sole "
    "that grips a wet pontoon as well as a cobbled quay, so they are as much at home on the boat as in town.",
    "Each pair is lined with vegetable-tanned calfskin and finished with rawhide laces, and the whole boot can "
    "be resoled in our workshop when the tread wears down, which keeps it out of the landfill for decades.",
    "About Us",
    "Our Workshop",
    "Careers",
    "Contact Us",
    "© 2026 Harbour Boots Ltd. All Rights Reserved",
    "Terms of Use",
    "Privacy Policy",
]
_DIALOGS = [
    "Welcome Back!",
    "Now enter your password below to sign in to your account and see your orders.",
    "We'll keep you signed in on this device. You won't need to sign in as often, but to keep your account "
    "secure, use this option only on your personal devices and never on a shared or public computer.",
    "Forgot Password",
    "Please click the submit button to receive an email with a link to reset your password.",
    "An email with a link has been sent to reset your password. If you don't see the email, please check "
    "your spam folder, and remember that the link will only last for two hours after it was sent.",
    "Login Attempts Exceeded",
    "You have exceeded the allowed number of login attempts for the account associated with this address. "
    "You may try again later or reset your password now, or sign in with a different account instead.",
    "Become a Member",
    "Join our community to start earning reward points on every purchase, along with other exclusive benefits "
    "such as early access to new collections, free repairs in the first year and a present on your birthday.",
]


def test_a_shops_text_above_its_copyright_notice_wins_over_the_dialogs_below_it() -> None:
    article = clean_text("\n\n".join(_SHOP + _DIALOGS))

    assert "waxed full-grain leather" in article.text
    assert "resoled in our workshop" in article.text
    assert "password" not in article.text
    assert "reward points" not in article.text
    removed = " ".join(line.text for line in article.removed)
    assert "reset your password" in removed  # kept aside, not lost


def test_an_article_below_a_footer_printed_first_stays() -> None:
    footer_first = ["The Estuary Gazette", "News", "Sport", "© 2026 The Estuary Gazette. All rights reserved."]
    story = [
        "Ferry to run every twenty minutes from March",
        "The ferry that links the two halves of the estuary will run every twenty minutes from March, the harbour "
        "board said on Tuesday, after a winter in which passengers waited up to an hour on the exposed pier.",
        "The board's chair told a packed meeting in the parish hall that the second boat, laid up since a gearbox "
        "failed in November, had passed its inspection and would return to service once its crew were trained.",
        "Commuters who cross each morning to the boatyards and the college on the north shore have complained for "
        "months that the single boat could not keep to its timetable, and a petition asked for a bridge instead.",
        "Fares will not rise this year, though the board warned that fuel costs may force an increase when it sets "
        "next year's budget in the autumn, after the accounts for this year have been audited.",
    ]
    article = clean_text("\n\n".join(footer_first + story))

    assert "every twenty minutes from March, the harbour board said" in article.text
    assert "fuel costs may force an increase" in article.text
