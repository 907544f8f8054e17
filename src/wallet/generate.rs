//! `okpay sandbox generate --transactions N`: a realistic history for benchmarks and scale
//! tests, recorded through the ledger (postings, balances, seals, the HMAC chain) exactly as
//! real transactions are, in large write transactions, each through the bulk writer
//! ([`crate::ledger::bulk`]: the same rows and seals, the chain head sealed once a batch).
//!
//! The mix, by position `i` in the history (oldest first, 30 seconds apart, ending now):
//! - one in four is a top-up: from a CNY card (instant), a CNY bank account (pending, then
//!   settled one step later, and one bank top-up in five returned with a reason), or a EUR card;
//! - after each EUR top-up, a payment in EUR;
//! - payments to ten merchants in the base currency, with items; one in 50 declined for want
//!   of funds, one in 200 over a spending limit, one in 300 blocked by risk monitoring;
//! - now and then the merchant refunds half of the last payment (linked, as `refund` does).
//!
//! Generated payments count nothing against today's spending limits or the risk rules'
//! windows (they carry no `limit_minor`): a benchmark's own payments then meet the same checks
//! on a large wallet as on a new one.

use jiff::{SignedDuration, Timestamp};
use serde_json::json;

use super::access::Sandbox;
use crate::error::{Error, Result};
use crate::funding::source::{BankAccount, NewSource, SourceView};
use crate::ledger::sealed;
use crate::ledger::{self, account, Kind, LinkKind, NewTransaction, Posting, Status};
use crate::money::{Currency, Money};

/// The most transactions one `sandbox generate` makes.
pub const GENERATE_MAX: u64 = 10_000_000;
/// Transactions per write transaction while generating.
const GENERATE_BATCH: u64 = 10_000;
/// Merchants the generated payments go to.
const GENERATE_MERCHANTS: u64 = 10;
/// The time between two generated transactions.
const STEP_SECS: i64 = 30;

/// The sources the history draws on.
struct Sources {
    card: SourceView,
    bank: SourceView,
    euro_card: SourceView,
}

/// What the previous step left for the next one.
#[derive(Default)]
struct Carry {
    /// The last succeeded base-currency payment (id, amount), for a refund.
    last_paid: Option<(String, i64)>,
    /// A pending bank top-up waiting for its settlement (id, amount).
    pending: Option<(String, i64)>,
}

impl Sandbox<'_> {
    /// `okpay sandbox generate --transactions N`: see the module's documentation for the mix.
    /// `progress` hears how many of `count` are made after each committed batch.
    pub fn generate(&mut self, count: u64, progress: &mut dyn FnMut(i64, i64)) -> Result<u64> {
        self.require_sandbox_unlocked()?;
        self.check_not_frozen()?;
        if count == 0 || count > GENERATE_MAX {
            return Err(Error::invalid("err.generate.count").arg("max", GENERATE_MAX));
        }
        let sources = self.generated_sources()?;
        let now = self.now();
        let base = self.base;
        // Ten merchants, registered (and sealed) as `merchant add` registers them.
        let merchants: Vec<String> = self.write_unlocked(|conn, key| {
            (0..GENERATE_MERCHANTS)
                .map(|m| {
                    let name = format!("Generated shop {m}");
                    if let Some(row) = crate::store::merchants::find(conn, &name)? {
                        return Ok(row.id);
                    }
                    let new = crate::payments::merchant::NewMerchant {
                        name,
                        accepts_okpay: true,
                        category: Some(["food", "travel", "shopping"][(m % 3) as usize].into()),
                        currencies: Vec::new(),
                        verify_key: None,
                    };
                    let row = crate::payments::merchant::add(conn, &new, now)?;
                    sealed::reseal(conn, key, &sealed::MERCHANTS, &[&row.id])?;
                    Ok(row.id)
                })
                .collect()
        })?;
        let gen = Generator {
            base,
            sources: &sources,
            merchants: &merchants,
        };
        let mut carry = Carry::default();
        let mut made = 0u64;
        while made < count {
            let batch = GENERATE_BATCH.min(count - made);
            self.write_unlocked(|conn, key| {
                ledger::bulk::scope(conn, key, || {
                    // The five writes of every transaction, prepared once a batch.
                    let mut writes = crate::store::ledger::TxWrites::prepare(conn)?;
                    for i in made..made + batch {
                        let back = i64::try_from(count - i).map_err(Error::internal)?;
                        let at = now
                            .checked_sub(SignedDuration::from_secs(back.saturating_mul(STEP_SECS)))
                            .map_err(Error::internal)?;
                        if i % 40 == 3 {
                            if let Some((id, amount)) = carry.last_paid.take() {
                                let half = Money::from_minor(amount / 2, base);
                                crate::payments::refund::record(conn, key, &id, half, None, at)?;
                                continue;
                            }
                        }
                        let tx = gen.transaction(i, at, &mut carry)?;
                        let recorded = ledger::bulk::record_prepared(&mut writes, key, &tx)?;
                        if tx.kind == Kind::Payment
                            && tx.status == Status::Succeeded
                            && tx.currency == base
                        {
                            carry.last_paid = Some((recorded.id.clone(), tx.amount_minor));
                        }
                        if tx.kind == Kind::Topup && tx.status == Status::Pending {
                            carry.pending = Some((recorded.id, tx.amount_minor));
                        }
                    }
                    Ok(())
                })
            })?;
            made += batch;
            progress(
                i64::try_from(made).unwrap_or(i64::MAX),
                i64::try_from(count).unwrap_or(i64::MAX),
            );
        }
        Ok(made)
    }

    /// The three sources (added, sealed and logged as `source add` adds them).
    fn generated_sources(&mut self) -> Result<Sources> {
        let card = |currency| -> Result<NewSource> {
            Ok(NewSource::Card {
                holder: "Benchmark".to_string(),
                expiry: crate::funding::card::Expiry {
                    month: 12,
                    year: 2099,
                },
                credit: currency == Some(Currency::EUR),
                number: crate::funding::card::CardNumber::parse("4242424242424242")?,
                cvc: zeroize::Zeroizing::new("123".to_string()),
            })
        };
        let bank = NewSource::Bank {
            holder: "Benchmark".to_string(),
            account: BankAccount::Iban(crate::funding::bank::CheckedIban::parse(
                "DE89 3704 0044 0532 0130 00",
            )?),
        };
        let base = self.base;
        let mut unlocked = self.unlocked()?;
        let mut funding = unlocked.funding();
        Ok(Sources {
            card: funding.add_source(card(None)?, None, Some("generated".into()))?,
            bank: funding.add_source(bank, Some(base), Some("generated bank".into()))?,
            euro_card: funding.add_source(
                card(Some(Currency::EUR))?,
                Some(Currency::EUR),
                Some("generated EUR".into()),
            )?,
        })
    }
}

struct Generator<'a> {
    base: Currency,
    sources: &'a Sources,
    merchants: &'a [String],
}

impl Generator<'_> {
    /// The transaction at position `i` (not a refund: the caller makes those).
    fn transaction(&self, i: u64, at: Timestamp, carry: &mut Carry) -> Result<NewTransaction> {
        let base = self.base;
        let n = |v: u64| i64::try_from(v).map_err(Error::internal);
        // A pending bank top-up is settled (or, one in five, returned) by the next step.
        if let Some((id, amount)) = carry.pending.take() {
            let returned = (i / 40) % 5 == 4;
            let status = Status::Succeeded;
            let mut tx = NewTransaction::new(Kind::Settlement, status, amount, base, at);
            tx.source_id = Some(self.sources.bank.id.clone());
            tx.data = json!({ "source_masked": self.sources.bank.masked });
            let to = if returned {
                tx.reason = Some("invalid_source_details".to_string());
                tx.links = vec![(id, LinkKind::Returns)];
                account::external(&self.sources.bank.id)
            } else {
                tx.links = vec![(id, LinkKind::Settles)];
                account::wallet(base)
            };
            tx.postings = vec![
                leg(account::pending(base), base, -amount),
                leg(to, base, amount),
            ];
            return Ok(tx);
        }
        if i.is_multiple_of(4) {
            return Ok(match i % 40 {
                0 => {
                    let amount = 50_000;
                    let mut tx =
                        NewTransaction::new(Kind::Topup, Status::Pending, amount, base, at);
                    let src = &self.sources.bank;
                    tx.source_id = Some(src.id.clone());
                    tx.available_at = Some(
                        at.checked_add(SignedDuration::from_secs(STEP_SECS))
                            .map_err(Error::internal)?,
                    );
                    tx.data = json!({"charged_minor": amount, "source_masked": src.masked});
                    tx.postings = vec![
                        leg(account::external(&src.id), base, -amount),
                        leg(account::pending(base), base, amount),
                    ];
                    tx
                }
                20 => self.card_topup(&self.sources.euro_card, Currency::EUR, 10_000, at),
                _ => self.card_topup(&self.sources.card, base, 20_000, at),
            });
        }
        let m = usize::try_from(i % GENERATE_MERCHANTS).map_err(Error::internal)?;
        let merchant = self.merchants.get(m).cloned().unwrap_or_default();
        let name = format!("Generated shop {m}");
        if i % 40 == 21 {
            // The EUR top-up four steps back pays for this.
            let amount = 3_000;
            return Ok(self.payment(&merchant, &name, Currency::EUR, amount, at, i));
        }
        let declined = |reason: &str, amount: i64, decline: serde_json::Value| {
            let mut tx = NewTransaction::new(Kind::Payment, Status::Declined, amount, base, at);
            tx.merchant_id = Some(merchant.clone());
            tx.order_id = Some(format!("G-{i}"));
            tx.reason = Some(reason.to_string());
            tx.data = json!({"merchant_name": name, "items": [], "decline": decline});
            tx
        };
        if i % 50 == 1 {
            let amount = 9_000_000 + n(i % 1_000)?;
            return Ok(declined(
                "insufficient_funds",
                amount,
                json!({"code": "insufficient_funds", "details": {}}),
            ));
        }
        if i % 200 == 7 {
            return Ok(declined(
                "limit_exceeded",
                600_000,
                json!({"code": "limit_exceeded", "details": {"limit": "per_transaction"}}),
            ));
        }
        if i % 300 == 11 {
            let mut tx = declined(
                "risk_blocked",
                480_000,
                json!({"code": "risk_blocked", "details": {"rules": ["unusual_amount"]}}),
            );
            tx.data["risk"] = json!({"decision": "highest", "score": 90,
                "rules": [{"rule": "unusual_amount", "score": 90}]});
            return Ok(tx);
        }
        let amount = 100 + n(i % 4_900)?;
        Ok(self.payment(&merchant, &name, base, amount, at, i))
    }

    fn card_topup(
        &self,
        src: &SourceView,
        currency: Currency,
        amount: i64,
        at: Timestamp,
    ) -> NewTransaction {
        let mut tx = NewTransaction::new(Kind::Topup, Status::Succeeded, amount, currency, at);
        tx.source_id = Some(src.id.clone());
        tx.data = json!({"charged_minor": amount, "source_masked": src.masked});
        tx.postings = vec![
            leg(account::external(&src.id), currency, -amount),
            leg(account::wallet(currency), currency, amount),
        ];
        tx
    }

    fn payment(
        &self,
        merchant: &str,
        name: &str,
        currency: Currency,
        amount: i64,
        at: Timestamp,
        i: u64,
    ) -> NewTransaction {
        let mut tx = NewTransaction::new(Kind::Payment, Status::Succeeded, amount, currency, at);
        tx.merchant_id = Some(merchant.to_string());
        tx.order_id = Some(format!("G-{i}"));
        let price = crate::money::format_minor(amount, currency);
        tx.data = json!({"merchant_name": name,
            "items": [{"name": "Generated item", "quantity": 1, "unit_price": price}]});
        tx.postings = vec![
            leg(account::wallet(currency), currency, -amount),
            leg(account::merchant(merchant), currency, amount),
        ];
        tx
    }
}

fn leg(account: String, currency: Currency, amount_minor: i64) -> Posting {
    Posting {
        account,
        currency,
        amount_minor,
    }
}
