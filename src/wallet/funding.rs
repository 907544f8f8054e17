//! The Wallet facade's funding operations: sources, top-ups and the rails' test controls.

use serde_json::json;

use super::access::Topups;
use super::access::{Funding, Sandbox};
use super::{finish, Wallet};
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::funding::settlement::settle_due;
use crate::funding::source::{self, NewSource, SourceView};
use crate::funding::topup::{self, Quote, Resolved, TopupRequest};
use crate::funding::SourceKind;
use crate::ledger::view::TxView;
use crate::ledger::{idempotency, sealed};
use crate::money::{parse_amount, Currency};
use crate::store::sources as sq;
use crate::store::wallet_row;

/// A top-up resolved and hashed, ready for replay, confirmation and execution.
pub struct PreparedTopup {
    pub resolved: Resolved,
    idempotency: Option<(String, [u8; 32])>,
}

impl Wallet {
    /// Refuse money movements while the wallet is frozen or in maintenance.
    pub fn check_open(&self) -> Result<()> {
        topup::check_open(self.store.conn())
    }

    pub(super) fn require_sandbox_unlocked(&self) -> Result<()> {
        if !self.row.sandbox {
            return Err(Error::new(Code::InvalidState, "err.sandbox.only"));
        }
        self.key().map(|_| ())
    }
}

impl Funding<'_> {
    /// `okpay source add …`: needs the wallet unlocked.
    pub fn add_source(
        &mut self,
        new: NewSource,
        currency: Option<Currency>,
        label: Option<String>,
    ) -> Result<SourceView> {
        let now = self.now();
        let zone = self.zone.clone();
        let currency = currency.unwrap_or(self.base);
        let mut new = Some(new);
        self.write_unlocked(|conn, key| {
            let new = new
                .take()
                .ok_or_else(|| Error::internal("source add retried"))?;
            let view = source::add(conn, key, new, currency, label.clone(), now, &zone)?;
            sealed::reseal(conn, key, &sealed::SOURCES, &[&view.id])?;
            let detail = json!({"source": view.id, "kind": view.kind});
            wallet_row::log_event(conn, clock::to_ms(now), "source_added", &detail)?;
            Ok(view)
        })
    }

    /// `okpay source remove ID`: the source's history stays intact.
    pub fn remove_source(&mut self, id: &str) -> Result<SourceView> {
        let now = self.now();
        self.write_unlocked(|conn, key| {
            let view = source::remove(conn, id, now)?;
            sealed::reseal(conn, key, &sealed::SOURCES, &[&view.id])?;
            wallet_row::log_event(
                conn,
                clock::to_ms(now),
                "source_removed",
                &json!({"source": id}),
            )?;
            Ok(view)
        })
    }

    /// Run the top-up: the outcome is recorded durably before this returns. A failed top-up
    /// is an error that carries its recorded transaction.
    pub fn execute_topup(&mut self, prepared: &PreparedTopup) -> Result<TxView> {
        let now = self.now();
        let zone = self.zone.clone();
        let idem = prepared.idempotency.as_ref().map(|(k, h)| (k.as_str(), h));
        let executed = self.write_unlocked(|conn, key| {
            topup::execute(conn, key, &prepared.resolved, idem, now, &zone)
        })?;
        finish(executed)
    }

    /// Record the settlements that are due (every write does this first).
    pub fn settle_due(&mut self) -> Result<usize> {
        let now = self.now();
        self.write_unlocked(|conn, key| settle_due(conn, key, now))
    }
}

impl Sandbox<'_> {
    /// `okpay sandbox source ID --balance A`.
    pub fn source_balance(&mut self, id: &str, amount: &str) -> Result<SourceView> {
        self.require_sandbox_unlocked()?;
        let row = sq::get(self.store.conn(), id)?.ok_or_else(|| {
            Error::new(Code::NotFound, "err.source.not_found").arg_detail("id", id)
        })?;
        let currency = Currency::parse(&row.currency)?;
        let balance = if amount.trim() == "0" {
            0
        } else {
            parse_amount(amount, currency)?.minor()
        };
        self.write_unlocked(|conn, key| {
            sealed::check(conn, key, &sealed::SOURCES, &[&id])?;
            sq::set_sim_balance(conn, id, balance)?;
            sealed::reseal(conn, key, &sealed::SOURCES, &[&id])
        })?;
        let row =
            sq::get(self.store.conn(), id)?.ok_or_else(|| Error::internal("source vanished"))?;
        source::view(&row)
    }

    /// `okpay sandbox rail KIND --down|--up`.
    pub fn rail(&mut self, kind: SourceKind, down: bool) -> Result<Vec<String>> {
        self.require_sandbox_unlocked()?;
        let now_ms = clock::to_ms(self.now());
        self.write_unlocked(|conn, key| {
            sq::set_rail_down(conn, kind.as_str(), down)?;
            sealed::reseal(conn, key, &sealed::RAILS_DOWN, &[&kind.as_str()])?;
            let detail = json!({"rail": kind.as_str(), "down": down});
            wallet_row::log_event(conn, now_ms, "sandbox_rail", &detail)?;
            sq::rails_down(conn)
        })
    }

    /// `okpay sandbox maintenance --on|--off`.
    pub fn maintenance(&mut self, on: bool) -> Result<()> {
        self.require_sandbox_unlocked()?;
        let now = self.now();
        let now_ms = clock::to_ms(now);
        self.write_unlocked(|conn, key| {
            if on {
                // Open-ended: it started now, and no end is announced.
                let window = crate::support::maintenance::Window {
                    from: Some(now),
                    until: None,
                    note: None,
                };
                crate::support::maintenance::schedule(conn, key, &window, now)?;
            } else {
                crate::support::maintenance::clear(conn)?;
            }
            wallet_row::log_event(conn, now_ms, "sandbox_maintenance", &json!({"on": on}))
        })?;
        self.row.maintenance = on;
        Ok(())
    }
}

impl Topups<'_> {
    /// `okpay source list`.
    pub fn sources(&self, include_removed: bool) -> Result<Vec<SourceView>> {
        sq::list(self.store.conn(), include_removed)?
            .iter()
            .map(source::view)
            .collect()
    }

    /// Resolve a top-up request and hash it for its idempotency key (no unlock needed).
    pub fn prepare_topup(
        &self,
        request: &TopupRequest,
        idempotency_key: Option<&str>,
    ) -> Result<PreparedTopup> {
        let resolved = topup::resolve(self.store.conn(), request)?;
        let idempotency = match idempotency_key {
            Some(k) => {
                idempotency::check_key(k)?;
                let hash = idempotency::request_hash(
                    topup::IDEMPOTENCY_KIND,
                    &topup::canonical(&resolved),
                );
                Some((k.to_string(), hash))
            }
            None => None,
        };
        Ok(PreparedTopup {
            resolved,
            idempotency,
        })
    }

    /// The stored outcome of the same request under the same key, if any (no unlock needed).
    pub fn replay_topup(&self, prepared: &PreparedTopup) -> Result<Option<TxView>> {
        let Some((k, hash)) = &prepared.idempotency else {
            return Ok(None);
        };
        match topup::replay(self.store.conn(), None, k, hash)? {
            Some(executed) => finish(executed).map(Some),
            None => Ok(None),
        }
    }

    /// What the confirmation shows; every check that can fail before the rail runs here.
    pub fn quote_topup(&self, prepared: &PreparedTopup) -> Result<Quote> {
        self.key()?;
        self.preview_topup(prepared)
    }

    /// The same quote before unlocking, for a confirmation screen shown before the password
    /// is asked for (so answering no wastes nothing). It reads only the source's kind and the
    /// fee table; the write checks everything again with the key.
    pub fn preview_topup(&self, prepared: &PreparedTopup) -> Result<Quote> {
        topup::quote(
            self.store.conn(),
            &prepared.resolved,
            self.now(),
            &self.zone,
        )
    }

    /// The rails a sandbox test took down.
    pub fn rails_down(&self) -> Result<Vec<String>> {
        sq::rails_down(self.store.conn())
    }
}
