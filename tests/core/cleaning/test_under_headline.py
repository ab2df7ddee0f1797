"""A service's page copied with its sidebar: under the printed headline stand one paragraph and a
list of what the service offers; further down, the site's boxes ("About us", "Our mission", a
director's message) hold more prose. The page's own text is what stands under its headline, not
the boxes (issue 14)."""

from __future__ import annotations

from reader.core.cleaning import clean_text

MENU = ["Home", "Find a Doctor", "Locations", "Patients", "Pay Your Bill", "Careers", "Search"]
OWN = [
    "Dental Care",
    "Our dental teams care for children and adults at four clinics across the valley, with modern "
    "treatment rooms, dentists who explain every step before they start, and fees that follow your "
    "income so that nobody goes without a check-up.",
    "Procedures and Services",
    "Screening Exams",
    "Cleanings",
    "Extractions",
    "X-rays",
    "Tooth-Colored Fillings",
    "Preventive Care",
    "Root Canals on Front Teeth",
    "Clinics that Offer Dental Care",
    "Northgate Community Health Clinic",
    "Mill Street Family Health Clinic",
    "Riverside East Community Clinic",
    "Westfield Family Practice",
]
BOXES = [
    "About Riverside Health",
    "Riverside Health is a community health centre that has given medical, dental and mental health care "
    "to the people of the valley since 1979, whatever their insurance or their ability to pay.",
    "Our Mission",
    "To improve the health of everyone in our communities by giving good care close to home, above all to "
    "those who have no insurance or too little of it.",
    "A Message from Our Director",
    "We did not wait for anyone to tell us that care should reach everybody. We have worked that way since "
    "the first day our doors opened, and we will go on doing so.",
    "Community Partners",
    "Riverside Health is supported by the county, by local employers and by hundreds of neighbours who "
    "give their time and money so that the clinics stay open on weekends.",
]
FOOTER = ["Home", "Contact Us", "Privacy Policy", "© 2026 Riverside Health. All rights reserved."]


def test_the_text_under_the_headline_beats_the_sidebars_boxes() -> None:
    article = clean_text("\n".join(["Dental Care | Riverside Health", *MENU, *OWN, *BOXES, *FOOTER]))
    assert article.title == "Dental Care"
    assert article.text.startswith("Our dental teams care for children and adults")
    assert "Our Mission" in article.text  # the run goes on as it did: only its start moved


def test_a_line_of_blurb_under_the_headline_does_not_move_the_body() -> None:
    """A line of blurb under the headline is worth less than the list of links under it costs: a
    landing page's, and the text further down stands."""
    own = ["Dental Care", "Book a check-up at any of our clinics and bring your whole family with you.", *OWN[2:]]
    article = clean_text("\n".join(["Dental Care | Riverside Health", *MENU, *own, *BOXES, *FOOTER]))
    assert "Book a check-up" not in article.text
    assert article.text.startswith("Riverside Health is a community health centre")


ARTICLE = [
    "Riverside opens an evening dental clinic",
    "By Marta Ruiz",
    "March 3, 2026",
    "The Northgate clinic will stay open until nine on weekdays from March, so that patients who work "
    "during the day no longer have to take time off for a check-up or a cleaning.",
    "The clinic hired two dentists and a hygienist for the evening shift, paid for by a county grant that "
    "runs for three years, and the health centre says it will ask for more if the hours are popular.",
    "Patients can book evening visits online or by phone; walk-ins are welcome for pain and broken teeth.",
]
OFFERS = [  # a shop's menu of offers, each a short sentence: prose to the run, above the article
    "Save 25% on your first whitening kit when you join our family plan today.",
    "Free electric toothbrush heads for members who book two check-ups a year.",
    "Our dental plans cover cleanings, X-rays and one filling every year.",
    "Gift cards for check-ups are available at every clinic front desk.",
]


def test_the_tabs_headline_over_its_byline_inside_the_run_starts_the_article() -> None:
    """The offers above it scored as prose and took the run's start; the headline the tab names
    (here in other capitals), with the byline under it, is where the article starts."""
    tab = "Riverside Opens an Evening Dental Clinic | Riverside Health"
    article = clean_text("\n".join([tab, *MENU, *OFFERS, *ARTICLE, *FOOTER]))
    assert article.title == "Riverside opens an evening dental clinic"
    assert article.text.startswith("The Northgate clinic will stay open")
    assert [a.name for a in article.authors] == ["Marta Ruiz"]


def test_a_teaser_of_the_article_under_its_text_does_not_move_the_run() -> None:
    """The article's own headline again in a list of the latest articles, over its date: the text
    above it is the article's."""
    blurb = (
        "The Northgate clinic will stay open until nine on weekdays from March, with two new dentists and "
        "a hygienist on the evening shift, paid for by a county grant."
    )
    teaser = [ARTICLE[0], "March 3, 2026", blurb]
    tab = "Riverside opens an evening dental clinic | Riverside Health"
    article = clean_text("\n".join([tab, *MENU, *ARTICLE, *teaser, *FOOTER]))
    assert article.text.startswith("The Northgate clinic will stay open until nine on weekdays from March, so that")
    assert "The clinic hired two dentists" in article.text
