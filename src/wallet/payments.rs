//! The Wallet facade's payment operations: merchants, checkout and refunds.

use super::SteppedUp;
use serde_json::json;

use super::access::{CheckoutView, Payments};
use super::{finish, Wallet};
use crate::clock;
use crate::error::Result;
use crate::ledger::view::TxView;
use crate::ledger::{idempotency, sealed};
use crate::money::Money;
use crate::payments::checkout::{
    self, ChallengeAnswer, Checkout, PayContext, PayOptions, Quote, Verdict,
};
use crate::payments::merchant::{self, MerchantView, NewMerchant};
use crate::payments::refund::{self, RefundPlan};
use crate::payments::request::PaymentRequest;
use crate::payments::signature;
use crate::risk::engine::Assessment;
use crate::store::merchants as mq;
use crate::store::wallet_row;

/// A payment checked and hashed, ready for replay, confirmation and execution.
pub struct PreparedPayment {
    pub request: PaymentRequest,
    pub options: PayOptions,
    pub(super) idempotency: Option<(String, [u8; 32])>,
}

/// What the checks before the confirmation found.
pub enum PaymentCheck {
    /// Everything passed: show this and ask.
    Confirm(Box<Quote>),
    /// A decline: it is recorded without asking, since nothing moves.
    Decline,
    /// Risk monitoring challenges the payer: answer it (the password again, or a one-time code
    /// once 2FA is on) and check again.
    Challenge(Box<Assessment>),
}

impl Wallet {
    /// The clock, zone and base currency the payment stages run with, and how the payer proved
    /// it is them in this process.
    pub(super) fn pay_context(&self, step_up: Option<&SteppedUp>) -> PayContext {
        PayContext {
            now: self.now(),
            zone: self.zone().clone(),
            base: self.base_currency(),
            answer: self.challenge_answer(step_up),
        }
    }

    /// What answers a risk challenge in this process: with 2FA on, a one-time code checked here
    /// (with the password or on its own); otherwise the password checked here, not a session.
    fn challenge_answer(&self, step_up: Option<&SteppedUp>) -> Option<ChallengeAnswer> {
        if self.row.twofa {
            self.second_factor_verified.then_some(ChallengeAnswer::Otp)
        } else {
            let proof = step_up.filter(|p| self.check_step_up(p).is_ok());
            proof.map(|_| ChallengeAnswer::Password)
        }
    }

    /// The `step_up_required` error of a risk challenge not answered, saying how to answer it.
    pub fn risk_challenge_error(&self, assessment: &Assessment) -> crate::error::Error {
        checkout::challenge_error(self.row.twofa, assessment)
    }
}

impl Payments<'_> {
    /// Record in the security log a risk challenge found before the confirmation that the payer
    /// could not answer (nothing else is written).
    pub fn note_risk_challenge(
        &mut self,
        prepared: &PreparedPayment,
        assessment: &Assessment,
    ) -> Result<()> {
        let now = self.now();
        let mut payment = serde_json::Map::new();
        payment.insert("merchant_name".into(), json!(prepared.request.merchant));
        payment.insert("amount".into(), json!(prepared.request.amount.to_string()));
        let currency = prepared.request.amount.currency().code();
        payment.insert("currency".into(), json!(currency));
        self.write_unlocked(|conn, _| {
            crate::risk::monitor::note_challenge(conn, now, assessment, &payment)
        })
    }

    /// `okpay merchant add`.
    pub fn add_merchant(&mut self, new: &NewMerchant) -> Result<MerchantView> {
        let now = self.now();
        let row = self.write_unlocked(|conn, key| {
            let row = merchant::add(conn, new, now)?;
            sealed::reseal(conn, key, &sealed::MERCHANTS, &[&row.id])?;
            wallet_row::log_event(
                conn,
                clock::to_ms(now),
                "merchant_added",
                &json!({"merchant": row.id}),
            )?;
            Ok(row)
        })?;
        merchant::view(self.store.conn(), &row)
    }

    /// `okpay merchant block|unblock`.
    pub fn block_merchant(&mut self, id_or_name: &str, blocked: bool) -> Result<MerchantView> {
        let now = self.now();
        let row = self.write_unlocked(|conn, key| {
            let found = merchant::find(conn, id_or_name)?;
            sealed::check(conn, key, &sealed::MERCHANTS, &[&found.id])?;
            let row = merchant::set_blocked(conn, &found.id, blocked)?;
            sealed::reseal(conn, key, &sealed::MERCHANTS, &[&row.id])?;
            let detail = json!({"merchant": row.id, "blocked": blocked});
            wallet_row::log_event(conn, clock::to_ms(now), "merchant_blocked", &detail)?;
            Ok(row)
        })?;
        merchant::view(self.store.conn(), &row)
    }

    /// Pay: every check again inside one write transaction, then the payment or its decline is
    /// recorded durably. A decline is an error carrying its recorded transaction; a risk
    /// challenge not answered in this process is `step_up_required` (see
    /// [`checkout::is_risk_challenge`]), logged but not recorded.
    pub fn execute(
        &mut self,
        prepared: &PreparedPayment,
        step_up: Option<&SteppedUp>,
    ) -> Result<TxView> {
        let ctx = self.pay_context(step_up);
        let idem = prepared.idempotency.as_ref().map(|(k, h)| (k.as_str(), h));
        let outcome = self.write_unlocked_with(|conn, key, trusted| {
            let checked = &mut checkout::Checked::new(trusted.for_checkout(conn, key)?);
            let (req, opts) = (&prepared.request, prepared.options);
            checkout::execute(conn, key, req, opts, idem, &ctx, checked)
        })?;
        match outcome {
            Checkout::Recorded(executed) => finish(*executed),
            Checkout::Challenged(assessment) => Err(self.risk_challenge_error(&assessment)),
        }
    }

    /// Record a refund.
    pub fn refund(
        &mut self,
        payment_id: &str,
        amount: Money,
        reason: Option<String>,
    ) -> Result<TxView> {
        let now = self.now();
        let reason = refund::check_reason(reason)?;
        self.write_unlocked(|conn, key| {
            refund::execute(conn, key, payment_id, amount, reason.clone(), now)
        })
    }
}

impl CheckoutView<'_> {
    /// `okpay merchant list`.
    pub fn merchants(&self) -> Result<Vec<MerchantView>> {
        mq::list(self.store.conn())?
            .iter()
            .map(|row| merchant::view(self.store.conn(), row))
            .collect()
    }

    /// Check a request's expiry and merchant signature and hash it for its idempotency key (no
    /// unlock needed: the write checks both again against the sealed merchant).
    pub fn prepare_payment(
        &self,
        request: PaymentRequest,
        options: PayOptions,
        idempotency_key: Option<&str>,
    ) -> Result<PreparedPayment> {
        let found = mq::find(self.store.conn(), &request.merchant)?;
        self.prepare_payment_known(request, options, idempotency_key, found.as_ref())
    }

    /// [`Self::prepare_payment`] with the merchant the request names already looked up
    /// (`None`: not registered): `pay --batch` looks each merchant up once a chunk.
    pub fn prepare_payment_known(
        &self,
        request: PaymentRequest,
        options: PayOptions,
        idempotency_key: Option<&str>,
        found: Option<&crate::store::merchants::MerchantRow>,
    ) -> Result<PreparedPayment> {
        signature::check_expiry(&request, self.now())?;
        if let Some(row) = found {
            signature::check_signature(row, &request)?;
        }
        let idempotency = match idempotency_key {
            Some(k) => {
                idempotency::check_key(k)?;
                let mut canonical = request.canonical();
                canonical["allow_duplicate"] = json!(options.allow_duplicate);
                Some((
                    k.to_string(),
                    idempotency::request_hash(checkout::IDEMPOTENCY_KIND, &canonical),
                ))
            }
            None => None,
        };
        Ok(PreparedPayment {
            request,
            options,
            idempotency,
        })
    }

    /// The stored outcome of the same payment under the same key, if any (no unlock needed).
    pub fn replay_payment(&self, prepared: &PreparedPayment) -> Result<Option<TxView>> {
        let Some((k, hash)) = &prepared.idempotency else {
            return Ok(None);
        };
        match checkout::replay(self.store.conn(), None, k, hash)? {
            Some(executed) => finish(executed).map(Some),
            None => Ok(None),
        }
    }

    /// The checks before the confirmation.
    pub fn check_payment(
        &self,
        prepared: &PreparedPayment,
        step_up: Option<&SteppedUp>,
    ) -> Result<PaymentCheck> {
        self.key()?;
        self.preview_payment(prepared, step_up)
    }

    /// The same checks before unlocking, for a confirmation screen shown before the password
    /// is asked for (so answering no wastes nothing). Only a screen: once unlocked, the
    /// payment is checked again ([`Self::check_payment`]) and inside the write.
    pub fn preview_payment(
        &self,
        prepared: &PreparedPayment,
        step_up: Option<&SteppedUp>,
    ) -> Result<PaymentCheck> {
        let ctx = self.pay_context(step_up);
        let (verdict, quote) =
            checkout::quote(self.store.conn(), &prepared.request, prepared.options, &ctx)?;
        match (verdict, quote) {
            (Verdict::Go(_), Some(q)) => Ok(PaymentCheck::Confirm(Box::new(q))),
            (Verdict::Challenge(plan), _) => {
                let risk = plan
                    .risk
                    .ok_or_else(|| crate::error::Error::internal("a challenge without risk"))?;
                Ok(PaymentCheck::Challenge(Box::new(risk.assessment)))
            }
            _ => Ok(PaymentCheck::Decline),
        }
    }

    /// What a refund would do (checked before the confirmation).
    pub fn plan_refund(&self, payment_id: &str, amount: Option<&str>) -> Result<RefundPlan> {
        refund::plan(self.store.conn(), payment_id, amount)
    }
}
