//! Rails: how money enters the wallet. One trait, so a real gateway could plug in; okpay ships
//! simulated rails that behave like a payment provider's test mode (CLI.md, "Rails and the
//! sandbox"): test card numbers and bank accounts select outcomes, each source has a simulated
//! external balance, and a sandbox wallet can take a rail down.

use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::card::{CardNumber, Expiry};
use super::settlement::next_business_day_10am;
use super::SourceKind;
use crate::auth::vault::random_bytes;
use crate::error::Code;
use crate::store::sources::SourceRow;

/// What the simulated rail does for a source, selected at `source add` by a test number or
/// account (okpay keeps this, never the number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Behaviour {
    Succeeds,
    Declined,
    InsufficientFunds,
    Expired,
    IncorrectCvc,
    ProcessingError,
    AccountClosed,
    ReturnedAtSettlement,
}

impl Behaviour {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Behaviour::Succeeds => "succeeds",
            Behaviour::Declined => "declined",
            Behaviour::InsufficientFunds => "insufficient_funds",
            Behaviour::Expired => "expired",
            Behaviour::IncorrectCvc => "incorrect_cvc",
            Behaviour::ProcessingError => "processing_error",
            Behaviour::AccountClosed => "account_closed",
            Behaviour::ReturnedAtSettlement => "returned_at_settlement",
        }
    }

    /// Parse a stored name; unknown names behave as success.
    pub fn parse(text: &str) -> Behaviour {
        [
            Behaviour::Declined,
            Behaviour::InsufficientFunds,
            Behaviour::Expired,
            Behaviour::IncorrectCvc,
            Behaviour::ProcessingError,
            Behaviour::AccountClosed,
            Behaviour::ReturnedAtSettlement,
        ]
        .into_iter()
        .find(|b| b.as_str() == text)
        .unwrap_or(Behaviour::Succeeds)
    }

    /// The test card numbers of CLI.md.
    pub fn of_card(number: &CardNumber) -> Behaviour {
        match number.digits() {
            "4000000000000002" => Behaviour::Declined,
            "4000000000009995" => Behaviour::InsufficientFunds,
            "4000000000000069" => Behaviour::Expired,
            "4000000000000127" => Behaviour::IncorrectCvc,
            "4000000000000119" => Behaviour::ProcessingError,
            _ => Behaviour::Succeeds,
        }
    }

    /// The test bank accounts of CLI.md.
    pub fn of_iban(iban: &str) -> Behaviour {
        match iban {
            "DE40100000000000000666" => Behaviour::AccountClosed,
            "DE50100000000000000777" => Behaviour::ReturnedAtSettlement,
            _ => Behaviour::Succeeds,
        }
    }
}

/// What the rail keeps of a card, instead of the card.
#[derive(Debug, Clone)]
pub struct CardToken {
    pub token: String,
    pub brand: &'static str,
    pub last4: String,
    pub behaviour: Behaviour,
}

/// The state a rail sees when charging (read inside the write transaction).
#[derive(Debug, Clone, Copy)]
pub struct RailState {
    pub down: bool,
    pub now: Timestamp,
}

/// The outcome of a charge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Charge {
    /// The money is in the wallet now.
    Completed,
    /// The money arrives at `available_at` (bank transfers).
    Pending { available_at: Timestamp },
    /// Refused, with the error code that says why.
    Failed(Code),
}

/// The outcome of settling a pending charge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settlement {
    Settled,
    Returned(Code),
}

/// A way money enters the wallet.
pub trait Rail {
    /// The kind of source this rail serves.
    fn kind(&self) -> SourceKind;
    /// Charge `charged_minor` (amount plus fee) to the source.
    fn charge(
        &self,
        source: &SourceRow,
        charged_minor: i64,
        state: RailState,
        zone: &TimeZone,
    ) -> Charge;
    /// Settle a pending charge when its time has come.
    fn settle(&self, source: &SourceRow) -> Settlement;
}

/// The simulated rail of one kind.
#[derive(Debug, Clone, Copy)]
pub struct SimulatedRail(pub SourceKind);

impl SimulatedRail {
    /// Tokenize a card: the number and CVC stay here; okpay gets a token.
    pub fn tokenize_card(number: &CardNumber) -> CardToken {
        CardToken {
            token: format!("tok_{}", hex::encode(random_bytes::<12>())),
            brand: number.brand(),
            last4: number.last4().to_string(),
            behaviour: Behaviour::of_card(number),
        }
    }
}

impl Rail for SimulatedRail {
    fn kind(&self) -> SourceKind {
        self.0
    }

    fn charge(
        &self,
        source: &SourceRow,
        charged_minor: i64,
        state: RailState,
        zone: &TimeZone,
    ) -> Charge {
        if state.down {
            return Charge::Failed(Code::RailUnavailable);
        }
        let card_expired = source
            .expiry
            .as_deref()
            .and_then(|e| Expiry::parse(e).ok())
            .is_some_and(|e| !e.is_valid_at(state.now, zone));
        match Behaviour::parse(&source.behaviour) {
            Behaviour::Declined => return Charge::Failed(Code::SourceDeclined),
            Behaviour::InsufficientFunds => return Charge::Failed(Code::SourceInsufficientFunds),
            Behaviour::Expired => return Charge::Failed(Code::SourceExpired),
            Behaviour::IncorrectCvc | Behaviour::AccountClosed => {
                return Charge::Failed(Code::InvalidSourceDetails)
            }
            Behaviour::ProcessingError => return Charge::Failed(Code::RailUnavailable),
            Behaviour::Succeeds | Behaviour::ReturnedAtSettlement => {}
        }
        if card_expired {
            return Charge::Failed(Code::SourceExpired);
        }
        if charged_minor > source.sim_balance_minor {
            return Charge::Failed(Code::SourceInsufficientFunds);
        }
        match self.0 {
            SourceKind::Bank => Charge::Pending {
                available_at: next_business_day_10am(state.now, zone),
            },
            _ => Charge::Completed,
        }
    }

    fn settle(&self, source: &SourceRow) -> Settlement {
        match Behaviour::parse(&source.behaviour) {
            Behaviour::ReturnedAtSettlement => Settlement::Returned(Code::SourceDeclined),
            _ => Settlement::Settled,
        }
    }
}

/// The rail for a kind of source.
pub fn rail_for(kind: SourceKind) -> SimulatedRail {
    SimulatedRail(kind)
}
