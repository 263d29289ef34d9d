//! What the widget tells its host: ready, each new estimate, and which
//! booking route the visitor took. The embed layer turns these into DOM
//! events (and `postMessage` in iframe mode). No personal data: only ids of
//! the visitor's concerns and areas and the plan's numbers for them, never
//! a safety answer or what it leads to.

use crate::embed::handoff::PlanFacts;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    Ready,
    /// Shared with the widget's record of the last estimate it sent.
    Estimate(Rc<PlanFacts>),
    Book(BookRoute),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BookRoute {
    /// The clinic's booking link (Calendly, Cal.com, …).
    Booking,
    ContactForm,
    Phone,
    Email,
}

impl BookRoute {
    pub const ALL: [BookRoute; 4] = [
        BookRoute::Booking,
        BookRoute::ContactForm,
        BookRoute::Phone,
        BookRoute::Email,
    ];

    pub fn id(self) -> &'static str {
        match self {
            BookRoute::Booking => "booking",
            BookRoute::ContactForm => "contact-form",
            BookRoute::Phone => "phone",
            BookRoute::Email => "email",
        }
    }

    /// The route a link in the booking markup names (`data-route`).
    pub fn from_id(id: &str) -> Option<BookRoute> {
        BookRoute::ALL.into_iter().find(|r| r.id() == id)
    }
}

impl WidgetEvent {
    /// The DOM event name (on the element, bubbling and composed).
    pub fn name(&self) -> &'static str {
        match self {
            WidgetEvent::Ready => "estimator-ready",
            WidgetEvent::Estimate(..) => "estimator-estimate",
            WidgetEvent::Book(_) => "estimator-book",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::BookRoute;

    #[test]
    fn a_route_reads_back_from_its_id() {
        for route in BookRoute::ALL {
            assert_eq!(BookRoute::from_id(route.id()), Some(route));
        }
        assert_eq!(BookRoute::from_id("Phone"), None);
    }
}
