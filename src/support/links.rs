//! Which help-centre article explains an error: every error code has one, and a few message
//! keys have a closer one (a card number refused at `source add` is explained by the card
//! article, not the generic one for bad input). The CLI adds the article to `details.article`
//! and ends the advice with `okpay support faq show ID`.

use crate::error::{Code, Error};

/// The article for each code.
pub fn for_code(code: Code) -> &'static str {
    match code {
        Code::Internal => "contact-support",
        Code::InvalidInput | Code::InputRequired | Code::Cancelled => "scripting",
        Code::AuthRequired
        | Code::AuthFailed
        | Code::SessionExpired
        | Code::StepUpRequired
        | Code::LockedOut => "sign-in",
        Code::OtpRequired | Code::OtpInvalid => "two-factor",
        Code::Frozen => "freeze",
        Code::InsufficientFunds => "declined-balance",
        Code::LimitExceeded => "declined-limit",
        Code::RiskBlocked => "declined-security",
        Code::MerchantNotAccepting | Code::MerchantBlocked | Code::CurrencyNotSupported => {
            "declined-merchant"
        }
        Code::SourceDeclined => "topup-failed",
        Code::SourceInsufficientFunds => "topup-source-balance",
        Code::InvalidSourceDetails => "topup-wrong-details",
        Code::SourceExpired => "topup-card-expired",
        Code::RailUnavailable => "topup-network",
        Code::Maintenance => "maintenance",
        Code::IdempotencyConflict | Code::AlreadyExists | Code::InvalidState => "scripting",
        Code::NotFound => "history",
        Code::IntegrityError => "integrity",
        Code::IoError => "wallet-file",
    }
}

/// Message keys (by prefix) whose article is closer than their code's, first match wins.
const BY_KEY: &[(&str, &str)] = &[
    ("err.card.", "topup-card"),
    ("err.iban.", "topup-bank"),
    ("err.bank.", "topup-bank"),
    ("err.source.provider", "topup-platform"),
    ("err.source.email", "topup-third-party"),
    ("err.password.too_short", "passwords"),
    ("err.password.weak", "passwords"),
    ("err.password.same", "passwords"),
    ("err.pay.", "pay"),
    ("err.transfer.", "transfers"),
    ("err.request.", "pay"),
    ("err.limits.", "limits"),
    ("err.risk.", "declined-security"),
    ("err.fx.", "fx"),
    ("err.security.not_frozen", "freeze"),
    ("err.sandbox.only", "about"),
    ("err.backup.", "backups"),
    ("err.restore.", "backups"),
    ("err.faq.", "contact-support"),
    ("err.ticket.", "contact-support"),
    ("err.attachment.", "contact-support"),
    ("err.support.", "contact-support"),
    ("err.wallet.missing", "about"),
];

/// The codes whose article depends on the message: they are raised by many commands for many
/// reasons. Every other code (a decline, a failed top-up, a lock-out) has one article.
const GENERIC: &[Code] = &[
    Code::Internal,
    Code::InvalidInput,
    Code::InputRequired,
    Code::Cancelled,
    Code::StepUpRequired,
    Code::IdempotencyConflict,
    Code::AlreadyExists,
    Code::InvalidState,
    Code::NotFound,
];

/// The article that explains `e`.
pub fn for_error(e: &Error) -> &'static str {
    // A transfer's refusals have their own article, whatever the code.
    if e.key.starts_with("err.transfer.") {
        return "transfers";
    }
    if !GENERIC.contains(&e.code) {
        return for_code(e.code);
    }
    BY_KEY
        .iter()
        .find(|(prefix, _)| e.key.starts_with(prefix))
        .map_or_else(|| for_code(e.code), |(_, id)| id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::articles::{find, Lang};

    #[test]
    fn every_error_code_points_to_an_article_in_both_languages() {
        for code in Code::ALL {
            let id = for_code(code);
            let source = find(id).unwrap_or_else(|| panic!("{code}: no article {id}"));
            for lang in Lang::ALL {
                assert!(!source.article(lang).title.is_empty(), "{code}: {id}");
            }
        }
        for (prefix, id) in BY_KEY {
            assert!(find(id).is_some(), "{prefix}: no article {id}");
        }
    }

    #[test]
    fn every_decline_and_failure_names_the_article_about_it() {
        for (code, id) in [
            (Code::InsufficientFunds, "declined-balance"),
            (Code::LimitExceeded, "declined-limit"),
            (Code::RiskBlocked, "declined-security"),
            (Code::MerchantNotAccepting, "declined-merchant"),
            (Code::MerchantBlocked, "declined-merchant"),
            (Code::CurrencyNotSupported, "declined-merchant"),
            (Code::StepUpRequired, "sign-in"),
            (Code::SourceDeclined, "topup-failed"),
            (Code::Maintenance, "maintenance"),
        ] {
            assert_eq!(for_error(&Error::new(code, "unknown")), id);
        }
        let luhn = Error::invalid("err.card.luhn");
        assert_eq!(for_error(&luhn), "topup-card");
        let other = Error::invalid("err.usage");
        assert_eq!(for_error(&other), "scripting");
        // A decline raised under a payment key is still explained by the decline's article.
        let decline = Error::new(Code::InsufficientFunds, "err.pay.insufficient_funds");
        assert_eq!(for_error(&decline), "declined-balance");
        let raise = Error::new(Code::StepUpRequired, "err.limits.step_up_required");
        assert_eq!(for_error(&raise), "limits");
    }
}
