//! Three kinds blind18 and blind19 brought, where a good draft was blocked:
//! "you should have paid" stating what the customer was owed, a defence the
//! customer was told and that the reply judges, and a run of acronyms or
//! units ("1 TB SSD") read as shouting. Each in other words and trades,
//! with the rows that must still block.

use super::*;

const REVIEW: &str = "They quoted one price on the phone and charged me far more, the part \
    they fitted was wrong, and when I complained I was told it was not their problem.";

use super::sentence_table::{BLOCK, SeverityRow as Row, WARN};

pub(super) fn check_rows(rows: &[Row]) {
    super::sentence_table::check_severities(REVIEW, rows);
}

#[test]
fn what_the_customer_should_have_paid_is_what_they_were_owed() {
    use Category::Blame;
    check_rows(&[
        // blind18 locksmith_overcharge-good-1, blind19 locksmith_overcharge_phoenix-good-owner.
        (
            "You were quoted $65 and that's what you should have paid.",
            Blame,
            None,
        ),
        (
            "We quoted £120 for the tap on the phone, so £120 is what you should have paid.",
            Blame,
            None,
        ),
        (
            "You should have paid the quoted price for the boiler service, nothing more.",
            Blame,
            None,
        ),
        (
            "You should've paid 40 euros for the trim, and I'll refund the rest today.",
            Blame,
            None,
        ),
        (
            "After the delay at the garage you should have been charged nothing for the wait.",
            Blame,
            None,
        ),
        (
            "You should have been given a written quote before the groomer started.",
            Blame,
            None,
        ),
        (
            "With a booking that late you should have gotten the evening rate, not the weekend one.",
            Blame,
            None,
        ),
        (
            "You should have received the tyres within a week, as we promised.",
            Blame,
            None,
        ),
        // A duty the customer failed still blocks.
        ("You should have paid attention to the signs.", Blame, BLOCK),
        (
            "You should have read the terms before booking.",
            Blame,
            BLOCK,
        ),
        (
            "Honestly, you should have checked the fitting before the fitter left.",
            Blame,
            BLOCK,
        ),
    ]);
}

#[test]
fn a_defence_the_customer_was_told_and_the_reply_judges_is_not_a_defence() {
    use Category::Defensive;
    check_rows(&[
        // blind19 it_wiped_drive_pune-good-owner.
        (
            "That is a serious mistake on our side, and being told it was not our \
             responsibility made it worse.",
            Defensive,
            None,
        ),
        (
            "Hearing from our front desk that it was not our fault only made things worse.",
            Defensive,
            None,
        ),
        (
            "I'm sorry you were told the damage was not our responsibility when you rang the salon.",
            Defensive,
            None,
        ),
        (
            "Being told on the phone that it was not our fault must have been infuriating.",
            Defensive,
            None,
        ),
        // Our own defence, repeated or offered now, still blocks.
        (
            "As we told you, it was not our responsibility.",
            Defensive,
            BLOCK,
        ),
        ("That is simply not our fault.", Defensive, BLOCK),
        (
            "We said it was not our responsibility, and that still stands.",
            Defensive,
            BLOCK,
        ),
    ]);
}

#[test]
fn a_run_of_acronyms_or_units_is_not_shouting() {
    use Category::Shouting;
    check_rows(&[
        // blind19 it_wiped_drive_pune-good-owner (private).
        (
            "We can fit a new 1 TB SSD with a fresh setup at no cost this week.",
            Shouting,
            None,
        ),
        (
            "We'll swap the faulty unit for a 55 inch LED TV by Friday.",
            Shouting,
            None,
        ),
        (
            "I've ordered a new HP USB hub and a spare HDMI lead for your desk.",
            Shouting,
            None,
        ),
        (
            "The replacement has 16 GB RAM as you asked.",
            Shouting,
            None,
        ),
        (
            "Our IT team in the US office has your laptop.",
            Shouting,
            None,
        ),
        // One word of insistence in capitals warns.
        ("We DO take deadlines extremely seriously.", Shouting, WARN),
        // A raised voice still blocks, short words or not.
        ("PLEASE STOP posting about us.", Shouting, BLOCK),
        ("THIS IS NOT OK and we will not accept it.", Shouting, BLOCK),
        (
            "We waited 3 DAYS AND NO CALL came from you.",
            Shouting,
            BLOCK,
        ),
    ]);
}

/// blind27, 30, 31, 32 and 36 (written for the learned sentence layer)
/// each blocked a good draft: a damaged thing described ("a damaged table"),
/// a thing that happened to the customer told as a description ("a hotel
/// you didn't book", "a game you could have won"), and what they should
/// have been told first. Blame told plainly still blocks.
#[test]
fn what_happened_to_the_customer_told_as_a_description_is_not_blame() {
    use Category::Blame;
    check_rows(&[
        (
            "A late delivery followed by a damaged table is frustrating.",
            Blame,
            None,
        ),
        (
            "A two-hour wait and a hotel you didn't book is not the trip you paid for.",
            Blame,
            None,
        ),
        (
            "A dead torch is a frustrating way to lose a game you could have won.",
            Blame,
            None,
        ),
        (
            "You should have known before any drilling started that a new lock costs extra.",
            Blame,
            WARN,
        ),
        (
            "Breaking down on the N1 is the last thing you should have faced.",
            Blame,
            None,
        ),
        (
            "You ended up with a phone call that made it sound like your fault.",
            Blame,
            None,
        ),
        // blind45: a fault taken up with a supplier, the engineer who mends
        // it, the welcome they were owed.
        (
            "We've raised the touch fault with our parts supplier.",
            Blame,
            None,
        ),
        (
            "Our senior engineer will diagnose the fault free of charge.",
            Blame,
            None,
        ),
        (
            "You should have walked into a spotless, warm cottage.",
            Blame,
            None,
        ),
        (
            "The touch fault was down to our parts supplier.",
            Blame,
            WARN,
        ),
        // blind57: the remedy, in the future.
        (
            "Our delivery partner will collect the damaged sofa on Friday.",
            Blame,
            None,
        ),
        ("The courier damaged the table on the way.", Blame, BLOCK),
        ("You didn't book the hotel we recommended.", Blame, BLOCK),
        (
            "You should have known better than to drill it.",
            Blame,
            BLOCK,
        ),
    ]);
}

#[test]
fn the_shops_own_contact_after_a_sentence_is_not_the_customers() {
    use Category::PublicDetails;
    check_rows(&[
        // blind72 rooftop_bar-d1 and curling-d6.
        (
            "I'd love to make it up to you: events@skylineterrace-example.com.au or (03) 5550 7720.",
            PublicDetails,
            None,
        ),
        (
            "I've emailed your organiser with a corrected invoice. Iain, 0131 496 0355.",
            PublicDetails,
            None,
        ),
        // blind152 wine_bar-01, blocked at its sealed run.
        (
            "I'd like to make it up to you both: tom@vinestreet.example or 01632 960538.",
            PublicDetails,
            None,
        ),
        (
            "We sent it to you both at sam.k@example.com this morning.",
            PublicDetails,
            BLOCK,
        ),
        // blind75 squash_billing-good-1.
        (
            "I'm the club manager and I'd like to fix this with you: members@kelvinsidesquash.scot or 0141 496 0291.",
            PublicDetails,
            None,
        ),
        (
            "We wrote to your address: sam.k@example.com, this morning.",
            PublicDetails,
            BLOCK,
        ),
        (
            "We sent the refund to you at sam.k@example.com this morning.",
            PublicDetails,
            BLOCK,
        ),
        (
            "Your invoice 20931 was corrected this morning.",
            PublicDetails,
            BLOCK,
        ),
    ]);
}

/// blind53-75 (this stop's writers) each blocked or warned on a good draft
/// the same way: an experience told as a gerund, a named thing, a mistake
/// owned, a remedy done by our people, what went wrong listed with feeling,
/// what they were told judged wrong. Blame told plainly still blocks.
#[test]
fn an_experience_a_remedy_or_a_mistake_owned_is_not_blame() {
    use Category::Blame;
    check_rows(&[
        // blind57, 53, 55, 56: an experience told as a gerund, what they
        // were owed before the work, a car's name, a mistake owned.
        (
            "Being messed around twice and then charged is rubbish.",
            Blame,
            None,
        ),
        (
            "You should have known the full price before we touched the lock.",
            Blame,
            WARN,
        ),
        (
            "We are very sorry that the Silver Cloud broke down on your wedding day.",
            Blame,
            None,
        ),
        (
            "Being asked to pay to post back our mistake made it worse.",
            Blame,
            None,
        ),
        (
            "The late delivery and the error are our responsibility.",
            Blame,
            None,
        ),
        // blind61: the remedy done by our carpenter, what they were told.
        (
            "We'd like to offer replacement of the damaged cabinet base by our carpenter within 10 days.",
            Blame,
            None,
        ),
        (
            "The cabinet base was damaged by our carpenter.",
            Blame,
            BLOCK,
        ),
        (
            "You must have missed us, as the van was there at nine.",
            Blame,
            BLOCK,
        ),
        // blind65, 66, 73, 74: what went wrong listed with feeling, what
        // they were told judged wrong before or after.
        (
            "A late engineer, a hole in new render and half your channels missing isn't the job you paid for.",
            Blame,
            None,
        ),
        (
            "I am sorry for the late delivery and the broken ladoos.",
            Blame,
            None,
        ),
        (
            "Having to bring the bike back twice is a hassle, and you shouldn't have been told it was down to you.",
            Blame,
            None,
        ),
        (
            "Telling you to sort it out with the courier was the wrong answer from us.",
            Blame,
            None,
        ),
        ("The late engineer damaged the render.", Blame, BLOCK),
        ("It was down to you, as you were told.", Blame, WARN),
        ("Kevin messed you around twice.", Blame, BLOCK),
        (
            "The courier's error on the delivery was not our responsibility.",
            Blame,
            BLOCK,
        ),
        ("Our Kevin forgot to post your ring.", Blame, BLOCK),
        ("Silver broke the mirror on your wedding day.", Blame, BLOCK),
    ]);
}

/// blind86's two blocked good drafts: our own system, owned in the same
/// breath, and a thing the customer trusted us with.
#[test]
fn our_own_system_owned_and_a_thing_trusted_are_not_blame() {
    use Category::Blame;
    check_rows(&[
        (
            "The double charge came from a fault in our booking system, so it's ours to fix, not yours to chase.",
            Blame,
            None,
        ),
        (
            "Your daughter's name is the most personal thing you could have trusted us with.",
            Blame,
            None,
        ),
        (
            "The double charge came from our payment provider, not from us.",
            Blame,
            WARN,
        ),
        (
            "You could have checked the spelling yourself.",
            Blame,
            BLOCK,
        ),
    ]);
}

/// blind137 probate_solicitor-best-1, blocked at its run: "I am the partner
/// responsible for our private client team" names the writer's own role.
#[test]
fn the_writer_naming_their_own_role_is_not_blame() {
    use Category::Blame;
    check_rows(&[
        (
            "I am the partner responsible for our private client team; please call me on 01632 960374.",
            Blame,
            None,
        ),
        (
            "I'm the engineer responsible for your boiler now, and I will ring you today.",
            Blame,
            None,
        ),
        (
            "Our partner was responsible for the mix-up, not us.",
            Blame,
            BLOCK,
        ),
        ("The courier was responsible for the damage.", Blame, BLOCK),
    ]);
}

/// blind165 softplay_injury-01-best, a reply owning the fault, blocked at
/// its sealed run: "The" opening "The damaged netting should not have been
/// open" was read as a person's name followed by a fault ("Kevin damaged").
/// An article or owner opens a noun; a name at a sentence's start still
/// blames.
#[test]
fn an_article_opening_a_sentence_is_not_a_name() {
    use Category::Blame;
    check_rows(&[
        (
            "The damaged netting should not have been open to use; that section is now closed.",
            Blame,
            None,
        ),
        (
            "Those dropped calls were our phone system, and it is fixed now.",
            Blame,
            None,
        ),
        ("Kevin damaged the frame on the way in.", Blame, BLOCK),
        (
            "Irving dropped the box on the way to the van.",
            Blame,
            BLOCK,
        ),
    ]);
}

/// blind182 pest_control-d1, blocked at its sealed run: "what you took
/// the contract to avoid" names what they paid for, not a delay of theirs.
#[test]
fn what_you_took_it_on_to_avoid_is_their_aim() {
    use Category::Blame;
    check_rows(&[
        (
            "Chasing us four times is exactly what you took the contract to avoid.",
            Blame,
            None,
        ),
        (
            "A missed visit is why you took out the plan to begin with, and we let you down.",
            Blame,
            None,
        ),
        ("You took six weeks to reply to our email.", Blame, BLOCK),
        ("You took the lid off to clean it yourself.", Blame, BLOCK),
    ]);
}
