//! Funding sources and top-ups: sources validated at entry and kept encrypted, the simulated
//! rails behind one trait, the fee schedule, bank settlement, and the top-up pipeline.

pub mod bank;
pub mod card;
pub mod iban_registry;
pub mod rail;
pub mod settlement;
pub mod source;
pub mod topup;
pub mod transfer;

use serde::Serialize;

use crate::error::{Error, Result};

/// The kinds of funding source, which are also the kinds of rail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    Card,
    Bank,
    Platform,
    ThirdParty,
}

impl SourceKind {
    /// Every kind.
    pub const ALL: [SourceKind; 4] = [
        SourceKind::Card,
        SourceKind::Bank,
        SourceKind::Platform,
        SourceKind::ThirdParty,
    ];

    /// The stable name (`third-party`, as on the command line).
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Card => "card",
            SourceKind::Bank => "bank",
            SourceKind::Platform => "platform",
            SourceKind::ThirdParty => "third-party",
        }
    }

    /// Parse a stable name.
    pub fn parse(text: &str) -> Result<SourceKind> {
        SourceKind::ALL
            .into_iter()
            .find(|k| k.as_str() == text)
            .ok_or_else(|| Error::invalid("err.source.kind").arg("kind", text))
    }
}

/// An online payment platform or third-party provider okpay can top up from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Provider {
    pub id: &'static str,
    pub name: &'static str,
    pub kind: SourceKind,
    /// The top-up fee in basis points (1/100 of a percent).
    #[serde(skip)]
    pub fee_bp: u32,
}

/// The supported providers.
pub const PROVIDERS: [Provider; 5] = [
    Provider {
        id: "alipay",
        name: "Alipay",
        kind: SourceKind::Platform,
        fee_bp: 50,
    },
    Provider {
        id: "wechatpay",
        name: "WeChat Pay",
        kind: SourceKind::Platform,
        fee_bp: 50,
    },
    Provider {
        id: "unionpay",
        name: "UnionPay",
        kind: SourceKind::Platform,
        fee_bp: 50,
    },
    Provider {
        id: "paypal",
        name: "PayPal",
        kind: SourceKind::ThirdParty,
        fee_bp: 300,
    },
    Provider {
        id: "wise",
        name: "Wise",
        kind: SourceKind::ThirdParty,
        fee_bp: 300,
    },
];

/// A provider by id, of the expected kind.
pub fn provider(id: &str, kind: SourceKind) -> Result<Provider> {
    PROVIDERS
        .iter()
        .copied()
        .find(|p| p.id == id.to_ascii_lowercase() && p.kind == kind)
        .ok_or_else(|| {
            let known: Vec<&str> = PROVIDERS
                .iter()
                .filter(|p| p.kind == kind)
                .map(|p| p.id)
                .collect();
            Error::invalid("err.source.provider")
                .arg("provider", id)
                .arg("known", known.join(", "))
                .detail("field", "provider")
        })
}

/// Fee rates in basis points: bank transfer and debit card free, credit card 1.00%, platforms
/// 0.50%, third-party providers 3.00%.
pub fn fee_bp(kind: SourceKind, card_type: Option<&str>, provider_id: Option<&str>) -> u32 {
    match kind {
        SourceKind::Bank => 0,
        SourceKind::Card if card_type == Some("credit") => 100,
        SourceKind::Card => 0,
        SourceKind::Platform | SourceKind::ThirdParty => provider_id
            .and_then(|id| PROVIDERS.iter().find(|p| p.id == id))
            .map_or(
                if kind == SourceKind::Platform {
                    50
                } else {
                    300
                },
                |p| p.fee_bp,
            ),
    }
}

/// The fee on `amount_minor` at `bp` basis points: rounded half away from zero to the minor
/// unit, at least one minor unit where the rate is not zero.
pub fn fee_minor(amount_minor: i64, bp: u32) -> Result<i64> {
    if bp == 0 || amount_minor == 0 {
        return Ok(0);
    }
    let product = i128::from(amount_minor) * i128::from(bp);
    let half = 5_000_i128 * product.signum();
    let fee = (product + half) / 10_000;
    let fee = i64::try_from(fee).map_err(|_| Error::internal("fee overflow"))?;
    Ok(if fee.abs() < 1 {
        amount_minor.signum()
    } else {
        fee
    })
}

/// A rate in basis points as a percentage string: `3.00`.
pub fn percent(bp: u32) -> String {
    format!("{}.{:02}", bp / 100, bp % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fees_follow_the_schedule() {
        assert_eq!(fee_minor(10_000, 300).unwrap(), 300);
        assert_eq!(fee_minor(10_000, 100).unwrap(), 100);
        assert_eq!(fee_minor(10_000, 50).unwrap(), 50);
        assert_eq!(fee_minor(10_000, 0).unwrap(), 0);
    }

    #[test]
    fn fees_round_half_away_from_zero_with_a_minimum_of_one_unit() {
        // 0.50% of 1.01 = 0.00505 → 0.01; 0.50% of 0.99 = 0.00495 → 0.00 → minimum 0.01.
        assert_eq!(fee_minor(101, 50).unwrap(), 1);
        assert_eq!(fee_minor(99, 50).unwrap(), 1);
        // 3% of 0.50 = 0.015 → 0.02 (half away from zero).
        assert_eq!(fee_minor(50, 300).unwrap(), 2);
        // 1% of 1.50 = 0.015 → 0.02.
        assert_eq!(fee_minor(150, 100).unwrap(), 2);
        // 1% of 1.49 = 0.0149 → 0.01.
        assert_eq!(fee_minor(149, 100).unwrap(), 1);
        // JPY: 3% of 1 yen = 0.03 → minimum 1.
        assert_eq!(fee_minor(1, 300).unwrap(), 1);
    }

    #[test]
    fn fee_rates_by_kind() {
        assert_eq!(fee_bp(SourceKind::Card, Some("debit"), None), 0);
        assert_eq!(fee_bp(SourceKind::Card, Some("credit"), None), 100);
        assert_eq!(fee_bp(SourceKind::Bank, None, None), 0);
        assert_eq!(fee_bp(SourceKind::Platform, None, Some("alipay")), 50);
        assert_eq!(fee_bp(SourceKind::ThirdParty, None, Some("paypal")), 300);
        assert_eq!(percent(300), "3.00");
        assert_eq!(percent(50), "0.50");
    }

    #[test]
    fn providers_are_found_by_kind() {
        assert!(provider("alipay", SourceKind::Platform).is_ok());
        assert!(provider("WeChatPay", SourceKind::Platform).is_ok());
        assert!(provider("paypal", SourceKind::Platform).is_err());
        assert!(provider("venmo", SourceKind::ThirdParty).is_err());
    }
}
