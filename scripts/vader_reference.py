#!/usr/bin/env python3
"""Reference compound scores from the published VADER implementation.

Writes tests/data/vader/reference.json, which tests/vader_agreement.rs
compares with heard's Rust port (src/domain/coach/vader/). CI has no Python:
the test reads only the committed JSON. Regenerate after changing the texts:

    python3 -m venv /tmp/vader && /tmp/vader/bin/pip install vaderSentiment==3.3.2
    /tmp/vader/bin/python scripts/vader_reference.py

The texts are written for heard: review and reply sentences of the kind the
coach sees, plus the constructs VADER has special rules for (negation,
boosters, ALL CAPS, "but", "least", "no", idioms, emoticons, emoji,
punctuation emphasis). Pairs of them are joined to make longer texts.
"""

import json
import os
import sys

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
import vaderSentiment

VERSION = "3.3.2"

TEXTS = [
    # reviews, calm to furious
    "The stand arrived tinted blue, not clear as the listing said.",
    "Package came two weeks late and the box was crushed.",
    "Absolutely terrible service, I will never order from here again!!!",
    "The necklace broke the first time I wore it. Shoddy workmanship.",
    "I waited 45 minutes for a cold burger and nobody apologised.",
    "Staff were rude and the manager just shrugged.",
    "Honestly the worst purchase I've made this year.",
    "It's okay I guess, nothing special.",
    "The food was good but the service was painfully slow.",
    "Great product, terrible packaging.",
    "I am SO disappointed. This was a gift and it arrived BROKEN.",
    "This is a scam. I want my money back or I'm filing a chargeback.",
    "My lawyer will be in touch about the injury your chair caused.",
    "Not bad at all, just not what I expected.",
    "The room was dirty and smelled of smoke :(",
    "WORST. HOTEL. EVER.",
    "Why does nobody answer the phone??",
    "Ordered a size M, got an XL. Returned it, still no refund after a month.",
    "Kind of disappointing for the price.",
    "The app crashes every time I open it. Useless.",
    "Delivery driver threw the parcel over the fence 😡",
    "Loved the cake 😍 but the icing had melted.",
    "I'm not angry, just sad that it went this way.",
    "They were helpful at first but then stopped replying.",
    "Completely ruined my daughter's birthday.",
    "Never again. Never, ever again.",
    "The plumber left a mess and charged double the quote.",
    "Meh. It works. Barely.",
    "I had high hopes and they were crushed.",
    "Fantastic coffee, awful music, rude barista.",
    "Not the worst, but far from good.",
    "The hotel was fine, the breakfast was not.",
    "I would give zero stars if I could.",
    "Customer service is a joke lol",
    "Yeah right, 'next day delivery'.",
    "The tour guide was the bomb, the bus was a nightmare.",
    "Shipping took forever and the item was scratched.",
    "The glasses are not clear at all, they look blue.",
    "Horrible, horrible, horrible.",
    "I can't believe how bad this was.",
    "Without a doubt the rudest staff I have met.",
    "At least the refund was quick.",
    "This was at least partly my fault, I admit.",
    "It is the least helpful shop in town.",
    "no love for this place",
    "No problem with the product, the delivery was the issue.",
    "The sofa is comfortable but the colour is completely wrong!",
    "I'm furious. Furious!",
    "seriously??? a month for a reply???",
    "Thanks for nothing.",
    "Good luck getting anyone to help you.",
    "It was kind of ok, sort of fine, not great.",
    "The battery barely lasts an hour.",
    "Hardly worth the money.",
    "Extremely poor quality and very slow delivery.",
    "Really really bad experience.",
    "The staff were friendly and the room was spotless :)",
    "Five stars, would buy again!",
    "I'm so happy with my order 😊",
    "The frame is beautiful but it arrived cracked.",
    "Food poisoning after eating here. Avoid.",
    "They sold me a used phone as new. Fraud.",
    "The website says in stock, it was not in stock.",
    "Three emails and not one reply.",
    "The mattress sags after two weeks, very uncomfortable.",
    "I'd rather not say more.",
    "Kiss of death for a small business, this kind of service.",
    "Their cheesecake is to die for, but the wait is long.",
    "Under the weather after the meal, not sure it was the fish.",
    "The cleaner did an ok job, nothing more.",
    # replies, good
    "Thank you for telling us, and I'm so sorry the display stand arrived tinted blue.",
    "I'm sorry the necklace broke; that must have been really disappointing.",
    "I'd be frustrated too if my parcel arrived two weeks late.",
    "We're sorry we let you down on your daughter's birthday.",
    "Thank you for taking the time to write this. You deserved better from us.",
    "Please email me at care@shop.example and I will sort this out today.",
    "I would love to make this right: a replacement or a full refund, whichever you prefer.",
    "We're looking at how the parcel was packed so this doesn't happen to anyone else.",
    "I'm sorry. We got this wrong, and it's on us.",
    "Thank you for your patience while we look into it.",
    "I understand how annoying it is to wait for a reply.",
    "That sounds like a really upsetting evening, and I apologise.",
    "We appreciate you letting us know about the cold food.",
    "I'm genuinely sorry you had to chase us three times.",
    "Could you call me on the shop number so we can talk it through?",
    "We'd be glad to remake the necklace and send it with matching earrings.",
    "Your feedback helps us fix the packing process.",
    "Happy to help, just reply to this message.",
    "I'm sorry the room wasn't clean when you arrived; that is not our standard.",
    "Thanks again, and sorry for the trouble.",
    # replies, bad
    "We're sorry but the courier broke it, our policy says no refunds!!",
    "Actually, the description clearly says the acrylic has a film.",
    "If you had read the listing you would know.",
    "This is not our fault, the carrier lost it.",
    "We are not responsible for delays caused by the post office.",
    "Frankly your review is unfair and dishonest.",
    "Please remove this review, it is hurting our business.",
    "We guarantee this will never happen again.",
    "Sorry if you feel that way.",
    "Nobody else has ever complained, so.",
    "You clearly didn't follow the instructions.",
    "We stand by our product 100%.",
    "Maybe try reading the size chart next time.",
    "Your order #48213 was delivered on the 3rd, we have proof.",
    "WE DID NOTHING WRONG.",
    "Wow. Just wow. Some people are never happy.",
    "Enjoy your cheap stand from somewhere else then.",
    "Dear [NAME], thank you for your review of {{product}}.",
    "We're sorry, however the warranty does not cover drops.",
    "That's a lie and you know it.",
    # emoticons, emoji, punctuation, caps mixes
    "Great job :D",
    ":-( not happy",
    "<3 this shop",
    "ok :/",
    "Brilliant!!!!!",
    "What?! Why?!",
    "Is this a joke? Really? Seriously? Unbelievable?",
    "I LOVE it",
    "i love it",
    "I love IT",
    "GOOD but SLOW",
    "NOT GOOD",
    "not GOOD at all",
    "Very VERY good",
    "very good",
    "the product is the shit",
    "bad ass service honestly",
    "it's a bus stop",
    "This shop is on the ball",
    "😀😀😀",
    "🙁 sad",
    "💔",
    "I ❤ this",
    "© 2024 the shop",
    "The parcel 📦 arrived 👍",
    "The service was 👎👎",
    "Thank you 🙏 so much",
    "",
    "   ",
    "...",
    "!!!",
    "?",
    "no",
    "no no no",
    "no good deed goes unpunished",
    "never so good",
    "never this good!",
    "without doubt good",
    "least bad option",
    "the very least helpful",
    "at least helpful",
    "kind of good",
    "sort of bad",
    "just enough good",
    "almost perfect",
    "barely acceptable",
    "not really bad",
    "isn't very good",
    "didnt like it",
    "nothing good to say",
    "good, but not great, but still good",
    "but it was fine",
    "fine but",
    "good good good good good good",
    "bad bad bad bad bad bad bad",
    "The delivery was quick and the courier was lovely, but the item was damaged and the seller was unhelpful and rude.",
    "I don't hate it, I don't love it.",
    "Nor good nor bad",
    "no or bad",
    "Très bien, merci!",
    "Das war schlecht.",
    "naïve café résumé",
    "ΣΟΦΟΣ",
    "It\u2019s not great",
    "It's not great",
    "tab\tseparated\twords are bad",
    "line one is good\nline two is bad",
]


def main():
    analyzer = SentimentIntensityAnalyzer()
    if vaderSentiment.__file__ is None:
        sys.exit("vaderSentiment not found")
    texts = list(TEXTS)
    # Longer texts: deterministic pairs and triples of the ones above, so
    # that "but", caps differential and punctuation interact across
    # sentences as they do in a real reply.
    n = len(TEXTS)
    for i in range(0, n, 3):
        texts.append(TEXTS[i] + " " + TEXTS[(i * 7 + 5) % n])
    for i in range(0, n, 5):
        texts.append(" ".join(TEXTS[(i + k * 11) % n] for k in range(3)))
    out = {
        "generator": "scripts/vader_reference.py",
        "implementation": "vaderSentiment " + VERSION + " (PyPI)",
        "cases": [
            {"text": t, "compound": analyzer.polarity_scores(t)["compound"]}
            for t in texts
        ],
    }
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, "tests", "data", "vader", "reference.json")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(texts)} cases to {path}")


if __name__ == "__main__":
    main()
