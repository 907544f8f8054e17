//! The Wallet facade: the one API the CLI calls. It opens the file, unlocks, and runs each
//! operation against the store, the ledger and the clock. It never prints, prompts or reads the
//! environment: the CLI hands it credentials and options, and renders what it returns.

mod access;
mod backup;
mod batch;
mod funding;
mod fx;
mod generate;
mod ids;
mod limits;
mod password;
mod payments;
mod records;
mod risk;
mod scale;
pub mod security;
mod session;
mod support;
mod transfer;
mod twofa;

pub use access::{
    Books, CheckoutView, Desk, Funding, Fx, IdsView, Integrity, Limits, Payments, Records, Risk,
    Rules, Sandbox, Security, SecurityLog, Support, Topups, Transfers, TwoFa, Unlocked,
};
pub use batch::{BatchOutcome, BatchSummary};
pub use funding::PreparedTopup;
pub use fx::{ConversionQuote, ConversionRequest, ImportView, RateView, RatesView};
pub use ids::{Candidate, Wanted, PREFIX_CHARS_MIN};
pub use limits::LimitsView;
pub use password::PasswordChanged;
pub use payments::{PaymentCheck, PreparedPayment};
pub use records::{BalanceSeries, ImportOutcome, MerchantFilter};
pub use risk::{RiskRulesView, RuleView};
pub use scale::FileCheck;
pub use session::{step_up_required, SteppedUp};
pub use support::{NewTicket, TicketExport};
pub use transfer::PreparedTransfer;
pub use twofa::{SecondFactor, TwoFaSetup, TwoFaStatus};

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use serde::Serialize;
use std::path::{Path, PathBuf};

use crate::auth::password::{check_policy, KdfParams, Password};
use crate::auth::vault::{self, SessionToken, WalletKey};
use crate::clock::{self, Clock};
use crate::error::{Code, Error, Result};
use crate::ledger::guard::{self, ChainPoint};
use crate::ledger::verify::Problem;
use crate::ledger::view::TxView;
use crate::ledger::{self, account};
use crate::money::{format_minor, Currency};
use crate::store::anchor::{Anchor, AnchorFile, AnchorState};
use crate::store::ledger::{self as lq, HistoryQuery};
use crate::store::wallet_row::{self, WalletRow};
use crate::store::{self, sessions, Store};

/// The limit and risk settings an unlocked write loaded and checked before its work.
struct TrustedSettings {
    limits: crate::risk::limits::LimitSettings,
    risk: crate::risk::rules::RiskSettings,
}

impl TrustedSettings {
    /// What the checkout decides with: these, and the exchange rates checked against their
    /// seals in the same write transaction.
    fn for_checkout(
        self,
        conn: &rusqlite::Connection,
        key: &WalletKey,
    ) -> Result<crate::payments::checkout::StageSettings> {
        Ok(crate::payments::checkout::StageSettings {
            limits: self.limits,
            risk: self.risk,
            fx: crate::fx::settings::load_trusted(conn, key)?,
        })
    }
}

/// The longest a session may live (CLI.md: at most 12h).
pub const SESSION_TTL_MAX: SignedDuration = SignedDuration::from_hours(12);
/// The default session lifetime.
pub const SESSION_TTL_DEFAULT: SignedDuration = SignedDuration::from_mins(15);
/// Consecutive failed unlocks before the wallet locks itself.
pub const FAILED_UNLOCKS_MAX: i64 = 5;
/// The first lock-out; each further failure doubles it, up to a day.
pub const LOCKOUT_BASE_SECONDS: i64 = 300;
/// The longest lock-out.
pub const LOCKOUT_MAX_SECONDS: i64 = 86_400;
/// After this many days `status` (and `security check`) remind the user to change the password.
pub const PASSWORD_AGE_REMINDER_DAYS: i64 = 180;
/// The longest username.
pub const USERNAME_CHARS_MAX: usize = 64;

/// How the user proves they may unlock.
pub enum Credential {
    /// The password (from stdin, a file, `OKPAY_PASSWORD` or a prompt).
    Password(Password),
    /// A session token from `okpay login`.
    Session(String),
}

/// What `okpay init` needs.
pub struct InitOptions {
    pub username: String,
    pub base_currency: Currency,
    pub sandbox: bool,
    pub time_zone: String,
    pub password: Password,
}

/// An open wallet, locked: it reads. [`Wallet::unlock`] (or [`Wallet::unlocked`] after an
/// unlock earlier in the process) gives the [`Unlocked`] state, whose capability handles write.
pub struct Wallet {
    store: Store,
    row: WalletRow,
    zone: TimeZone,
    base: Currency,
    key: Option<WalletKey>,
    session_expires_at: Option<Timestamp>,
    /// The second factor the caller offers, for the next unlock or step-up.
    second_factor: Option<SecondFactor>,
    /// This process checked the second factor already.
    second_factor_verified: bool,
    /// The rollback anchor file, when the caller gave one.
    anchors: Option<AnchorFile>,
}

/// `okpay status`.
#[derive(Debug, Clone, Serialize)]
pub struct StatusInfo {
    pub wallet: String,
    pub username: String,
    pub base_currency: String,
    pub time_zone: String,
    pub sandbox: bool,
    pub now: String,
    pub unlocked: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_expires_at: Option<String>,
    pub sessions: i64,
    pub locked_out: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locked_until: Option<String>,
    pub frozen: bool,
    /// Maintenance is in progress now: money movements are refused.
    pub maintenance: bool,
    /// The maintenance window, if one is set (scheduled, in progress or ended):
    /// `{"from", "until", "note", "state"}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintenance_window: Option<serde_json::Value>,
    pub transactions: i64,
    pub schema_version: i64,
    /// okpay ships simulated payment rails only.
    pub rails: &'static str,
    /// The simulated rails a sandbox test took down.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rails_down: Vec<String>,
    /// How the wallet compares with this machine's rollback anchor: `current`, `missing`,
    /// `rolled_back`, `diverged` (or `none` when no anchor file is in use).
    pub anchor: &'static str,
    /// When the last backup was made.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_backup_at: Option<String>,
    /// When the password was set (the last `password change`, or `init`).
    pub password_set_at: String,
    /// The password is older than 180 days (a reminder, not a forced change).
    pub password_old: bool,
}

/// One currency's balance.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct BalanceLine {
    pub currency: String,
    pub available: String,
    pub pending: String,
    /// Transfers out not yet settled: amount and fee, held in `pending_out:CUR` (shown only
    /// when there are some).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pending_out: Option<String>,
    /// When the earliest pending money becomes available.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pending_available_at: Option<String>,
    /// For the total: the date of the oldest exchange rate it used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rates_date: Option<String>,
    #[serde(skip)]
    pub available_minor: i64,
    #[serde(skip)]
    pub pending_minor: i64,
}

/// `okpay balance`: every currency held (the base currency always), and the total in the base
/// currency over the currencies that have a rate.
#[derive(Debug, Clone, Serialize)]
pub struct Balances {
    pub balances: Vec<BalanceLine>,
    pub total: BalanceLine,
    /// Currencies held but left out of the total: okpay has no exchange rate for them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub total_excludes: Vec<String>,
}

/// What `init` made, for `{"wallet": {…}}`.
#[derive(Debug, Clone, Serialize)]
pub struct WalletInfo {
    pub path: String,
    pub username: String,
    pub base_currency: String,
    pub time_zone: String,
    pub sandbox: bool,
    pub created_at: String,
    pub kdf: KdfInfo,
}

/// The KDF parameters recorded with the wrapped key.
#[derive(Debug, Clone, Serialize)]
pub struct KdfInfo {
    pub algorithm: &'static str,
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

fn key_aad(sandbox: bool) -> Vec<u8> {
    format!("okpay/wallet-key/v1;sandbox={}", u8::from(sandbox)).into_bytes()
}

fn session_aad(sandbox: bool) -> Vec<u8> {
    format!("okpay/session/v1;sandbox={}", u8::from(sandbox)).into_bytes()
}

/// Check a username: 1 to 64 characters, not blank, no control, bidi or invisible characters
/// (see [`crate::text::refuse_hidden`]). Callers store and compare its NFC form.
pub fn check_username(name: &str) -> Result<()> {
    crate::text::refuse_hidden(name, "username")?;
    let ok = !name.trim().is_empty()
        && name.chars().count() <= USERNAME_CHARS_MAX
        && !name.chars().any(char::is_control);
    if ok {
        Ok(())
    } else {
        Err(Error::invalid("err.username.invalid").arg("max", USERNAME_CHARS_MAX))
    }
}

impl Wallet {
    /// Create a wallet. `now` is the real time; a sandbox wallet's clock starts there.
    pub fn init(path: &Path, options: InitOptions, now: Timestamp) -> Result<Wallet> {
        check_username(&options.username)?;
        let zone = clock::parse_zone(&options.time_zone)?;
        check_policy(&options.password, Some(&options.username))?;
        if path.exists() {
            return Err(Error::new(Code::AlreadyExists, "err.wallet.exists")
                .arg_detail("path", path.display()));
        }
        let key = WalletKey::generate();
        let wallet_id = hex::encode(vault::random_bytes::<16>());
        let wrapped = vault::wrap_with_password(
            &key,
            &options.password,
            KdfParams::DEFAULT,
            &key_aad(options.sandbox),
        )?;
        let row = WalletRow {
            wallet_id,
            username: options.username.clone(),
            base_currency: options.base_currency.code().to_string(),
            time_zone: options.time_zone.clone(),
            sandbox: options.sandbox,
            created_at_ms: clock::to_ms(now),
            kdf_m_kib: wrapped.params.m_kib,
            kdf_t: wrapped.params.t,
            kdf_p: wrapped.params.p,
            key_salt: wrapped.salt.to_vec(),
            key_nonce: wrapped.nonce.to_vec(),
            key_wrapped: wrapped.ciphertext.clone(),
            // The test clock starts at the real time of init, to the second.
            clock_ms: options.sandbox.then(|| clock::to_ms(now) / 1000 * 1000),
            failed_unlocks: 0,
            locked_until_ms: None,
            frozen: false,
            maintenance: false,
            last_backup_ms: None,
            twofa: false,
            // Sealed by `create` below, before anything reads it.
            sealed: true,
        };
        let store = Store::create(path, |conn| {
            wallet_row::insert(conn, &row)?;
            let zero = [0u8; 32];
            lq::set_chain(conn, 0, &zero, &ledger::seal::head_mac(&key, 0, &zero))?;
            // The base currency is always listed.
            lq::account_id(
                conn,
                &account::wallet(options.base_currency),
                options.base_currency.code(),
            )?;
            lq::account_id(
                conn,
                &account::pending(options.base_currency),
                options.base_currency.code(),
            )?;
            let detail = serde_json::json!({"sandbox": options.sandbox});
            wallet_row::log_event(conn, clock::to_ms(now), "wallet_created", &detail)?;
            ledger::sealed::reseal(conn, &key, &ledger::sealed::WALLET, &[&1])
        })?;
        Ok(Wallet {
            store,
            row,
            zone,
            base: options.base_currency,
            key: Some(key),
            session_expires_at: None,
            second_factor: None,
            second_factor_verified: false,
            anchors: None,
        })
    }

    /// Open an existing wallet, locked.
    pub fn open(path: &Path) -> Result<Wallet> {
        Self::with_store(Store::open(path)?)
    }

    /// Open an existing wallet, locked, for a command that writes nothing (see
    /// [`Store::open_read_only`]): a read-only file or directory still reads.
    pub fn open_read_only(path: &Path) -> Result<Wallet> {
        Self::with_store(Store::open_read_only(path)?)
    }

    fn with_store(store: Store) -> Result<Wallet> {
        let row = wallet_row::load(store.conn())?;
        let zone = clock::parse_zone(&row.time_zone)?;
        let base = Currency::parse(&row.base_currency)?;
        Ok(Wallet {
            store,
            row,
            zone,
            base,
            key: None,
            session_expires_at: None,
            second_factor: None,
            second_factor_verified: false,
            anchors: None,
        })
    }

    /// Use `file` as this machine's rollback anchor: writes advance it, `verify`, `status`
    /// and writes compare the wallet with it.
    pub fn set_anchor_file(&mut self, file: AnchorFile) {
        self.anchors = Some(file);
    }

    /// Record the chain as it stands now in the anchor file (after a write, or on a wallet
    /// just made). A failure to write the anchor does not undo the write: `status` shows it.
    fn advance_anchor(&self, point: &ChainPoint) {
        if let Some(file) = &self.anchors {
            let anchor = Anchor {
                count: point.count,
                head: point.head.clone(),
            };
            let _ = file.advance(&self.row.wallet_id, &anchor);
        }
    }

    /// The one way an unlocked write happens: inside one `BEGIN IMMEDIATE` transaction, first
    /// every pre-write check (sealed settings, lock-out counters, chain head, the newest seal,
    /// own balances, the rollback anchor, the limit and risk settings), then `work`, then the settings sealed as they now
    /// stand; after the commit the anchor moves forward.
    fn write_unlocked<T>(
        &mut self,
        mut work: impl FnMut(&rusqlite::Connection, &WalletKey) -> Result<T>,
    ) -> Result<T> {
        self.write_unlocked_with(|conn, key, _| work(conn, key))
    }

    /// [`Self::write_unlocked`], handing `work` the limit and risk settings the write's own
    /// checks loaded (seals checked, due raises applied, in the same SQL transaction), so a
    /// payment does not load and check them a second time.
    fn write_unlocked_with<T>(
        &mut self,
        mut work: impl FnMut(&rusqlite::Connection, &WalletKey, TrustedSettings) -> Result<T>,
    ) -> Result<T> {
        let key = self
            .key
            .as_ref()
            .ok_or_else(|| Error::new(Code::AuthRequired, "err.auth.required"))?;
        let anchor = self
            .anchors
            .as_ref()
            .and_then(|f| f.get(&self.row.wallet_id));
        let (now, base) = (self.now(), self.base);
        let (value, point, row) = self.store.write(|conn| {
            let start = guard::before_write(conn, key)?;
            check_anchor(anchor.as_ref(), &start)?;
            // A freeze asked for without the key becomes part of the sealed settings now.
            store::security::fold_freeze_request(conn)?;
            // The limit settings' seals are checked, and raises that are due recorded, by the
            // first write after their cooling-off, whatever the write is.
            let limits = crate::risk::limits::load_trusted(conn, key, base, now)?;
            let risk = crate::risk::monitor::load_trusted(conn, key, base)?;
            // The maintenance window decides whether money may move: its seal is checked too.
            crate::support::maintenance::check_sealed(conn, key)?;
            // Bank transfers that arrived by now are recorded before anything else, so every
            // decision below sees them.
            crate::funding::settlement::settle_due(conn, key, now)?;
            let value = work(conn, key, TrustedSettings { limits, risk })?;
            let end = guard::after_write(conn, key)?;
            // The settings row as this write leaves it, read inside the transaction.
            let row = wallet_row::load(conn)?;
            Ok((value, end, row))
        })?;
        self.row = row;
        self.advance_anchor(&point);
        Ok(value)
    }

    /// Declare that the next write is this command's last use of the database (see
    /// [`crate::store::Store::next_write_is_last`]).
    pub fn next_write_is_last(&mut self) {
        self.store.next_write_is_last();
    }

    /// The wallet file.
    pub fn path(&self) -> &Path {
        self.store.path()
    }

    /// The wallet's clock: the stored test clock of a sandbox wallet, else the system's.
    pub fn clock(&self) -> Clock {
        match self.row.clock_ms.and_then(|ms| clock::from_ms(ms).ok()) {
            Some(at) if self.row.sandbox => Clock::Sandbox(at),
            _ => Clock::System,
        }
    }

    /// "Now" by the wallet's clock.
    pub fn now(&self) -> Timestamp {
        self.clock().now()
    }

    /// The wallet's fixed time zone.
    pub fn zone(&self) -> &TimeZone {
        &self.zone
    }

    /// The base currency.
    pub fn base_currency(&self) -> Currency {
        self.base
    }

    /// Whether the wallet was made with `init --sandbox`.
    pub fn is_sandbox(&self) -> bool {
        self.row.sandbox
    }

    /// The username.
    pub fn username(&self) -> &str {
        &self.row.username
    }

    /// Whether a credential has unlocked the wallet key.
    pub fn is_unlocked(&self) -> bool {
        self.key.is_some()
    }

    /// What `init` made.
    pub fn info(&self) -> WalletInfo {
        WalletInfo {
            path: self.path().display().to_string(),
            username: self.row.username.clone(),
            base_currency: self.row.base_currency.clone(),
            time_zone: self.row.time_zone.clone(),
            sandbox: self.row.sandbox,
            created_at: clock::from_ms(self.row.created_at_ms)
                .map(clock::rfc3339)
                .unwrap_or_default(),
            kdf: KdfInfo {
                algorithm: "argon2id",
                memory_kib: self.row.kdf_m_kib,
                iterations: self.row.kdf_t,
                parallelism: self.row.kdf_p,
            },
        }
    }

    /// `okpay status`. `session` is the token the caller holds, if any: it is checked, not used.
    pub fn status(&self, session: Option<&str>) -> Result<StatusInfo> {
        let now = self.now();
        let now_ms = clock::to_ms(now);
        let mut unlocked = self.key.is_some();
        let mut expires = self.session_expires_at;
        if let Some(token) = session.and_then(|t| SessionToken::parse(t).ok()) {
            if let Some(row) = sessions::get(self.store.conn(), &token.id_hash())? {
                if row.expires_at_ms > now_ms {
                    unlocked = true;
                    expires = Some(clock::from_ms(row.expires_at_ms)?);
                }
            }
        }
        let locked_until = self
            .row
            .locked_until_ms
            .filter(|&ms| ms > now_ms)
            .map(clock::from_ms)
            .transpose()?;
        let window = self.desk().maintenance_window()?;
        Ok(StatusInfo {
            wallet: self.path().display().to_string(),
            username: self.row.username.clone(),
            base_currency: self.row.base_currency.clone(),
            time_zone: self.row.time_zone.clone(),
            sandbox: self.row.sandbox,
            now: clock::rfc3339(now),
            unlocked,
            session_expires_at: expires.filter(|_| unlocked).map(clock::rfc3339),
            sessions: sessions::count_live(self.store.conn(), now_ms)?,
            locked_out: locked_until.is_some(),
            locked_until: locked_until.map(clock::rfc3339),
            frozen: store::security::effective_frozen(self.store.conn())?,
            maintenance: window
                .as_ref()
                .is_some_and(|w| w.state(now) == crate::support::maintenance::State::InProgress),
            maintenance_window: window.as_ref().map(|w| w.to_json(now)),
            transactions: lq::tx_count(self.store.conn())?,
            schema_version: store::schema_version(),
            rails: "simulated",
            rails_down: crate::store::sources::rails_down(self.store.conn())?,
            anchor: match (&self.anchors, self.integrity().anchor_state()?) {
                (None, _) => "none",
                (_, AnchorState::Missing) => "missing",
                (_, AnchorState::Current) => "current",
                (_, AnchorState::RolledBack { .. }) => "rolled_back",
                (_, AnchorState::Diverged { .. }) => "diverged",
            },
            last_backup_at: self
                .row
                .last_backup_ms
                .map(clock::from_ms)
                .transpose()?
                .map(clock::rfc3339),
            password_set_at: clock::rfc3339(clock::from_ms(self.password_set_ms()?)?),
            password_old: now_ms.saturating_sub(self.password_set_ms()?)
                > PASSWORD_AGE_REMINDER_DAYS * 86_400_000,
        })
    }

    /// When the password was set: the last `password_changed` security event, else `init`.
    pub fn password_set_ms(&self) -> Result<i64> {
        Ok(
            wallet_row::last_event_ms(self.store.conn(), "password_changed")?
                .unwrap_or(self.row.created_at_ms),
        )
    }

    /// How each due pending top-up will end, by transaction id.
    fn due_outcomes(
        &self,
    ) -> Result<std::collections::HashMap<String, crate::funding::rail::Settlement>> {
        Ok(
            crate::funding::settlement::due(self.store.conn(), self.now())?
                .into_iter()
                .map(|d| (d.row.id, d.outcome))
                .collect(),
        )
    }

    fn require_sandbox(&self) -> Result<()> {
        if self.row.sandbox {
            Ok(())
        } else {
            Err(Error::new(Code::InvalidState, "err.sandbox.only"))
        }
    }

    /// `okpay sandbox clock show`.
    pub fn sandbox_clock(&self) -> Result<Timestamp> {
        self.require_sandbox()?;
        Ok(self.now())
    }
}

/// A wallet behind its anchor (or beside it) cannot be written.
fn check_anchor(anchor: Option<&Anchor>, point: &ChainPoint) -> Result<()> {
    match AnchorState::of(anchor, point.count, &point.head) {
        AnchorState::RolledBack { anchored, wallet } => Err(Error::new(
            Code::IntegrityError,
            "err.integrity.rolled_back",
        )
        .arg("anchored", anchored)
        .arg("wallet", wallet)
        .detail("anchored", anchored)
        .detail("wallet", wallet)),
        AnchorState::Diverged { count } => {
            Err(Error::new(Code::IntegrityError, "err.integrity.diverged")
                .arg_detail("count", count))
        }
        AnchorState::Missing | AnchorState::Current => Ok(()),
    }
}

/// The anchor's finding as a `verify` problem.
fn anchor_problem(state: &AnchorState) -> Option<Problem> {
    match state {
        AnchorState::RolledBack { anchored, wallet } => Some(Problem {
            kind: "rolled_back",
            subject: None,
            detail: format!("the wallet has {wallet} transactions, its anchor {anchored}"),
        }),
        AnchorState::Diverged { count } => Some(Problem {
            kind: "rolled_back",
            subject: None,
            detail: format!("another history of {count} transactions than the anchored one"),
        }),
        AnchorState::Missing | AnchorState::Current => None,
    }
}

/// A refused movement becomes its error, carrying the recorded transaction.
fn finish(executed: crate::ledger::view::Executed) -> Result<TxView> {
    match executed.failure {
        None => Ok(executed.tx),
        Some(e) => {
            let tx = serde_json::to_value(&executed.tx).map_err(Error::internal)?;
            Err(e.with_transaction(tx))
        }
    }
}

/// Show a due pending top-up as it will end: settled or returned.
fn apply_due(
    due: &std::collections::HashMap<String, crate::funding::rail::Settlement>,
    view: &mut TxView,
) {
    use crate::funding::rail::Settlement;
    match due.get(&view.id) {
        Some(Settlement::Settled) => view.status = "succeeded".to_string(),
        Some(Settlement::Returned(code)) => {
            view.status = "failed".to_string();
            view.extra.insert(
                "failure".to_string(),
                serde_json::json!({"code": code.as_str()}),
            );
        }
        None => {}
    }
}

pub(crate) fn line(currency: Currency, available: i64, pending: i64) -> BalanceLine {
    BalanceLine {
        currency: currency.code().to_string(),
        available: format_minor(available, currency),
        pending: format_minor(pending, currency),
        pending_out: None,
        pending_available_at: None,
        rates_date: None,
        available_minor: available,
        pending_minor: pending,
    }
}

/// The default wallet path under a data directory: `<dir>/okpay/wallet.db`.
pub fn default_path(data_dir: &Path) -> PathBuf {
    data_dir.join("okpay").join("wallet.db")
}

impl Security<'_> {
    /// `okpay verify --accept`: after a deliberate restore of an older copy, verify the wallet
    /// with the key and, when it is sound apart from the anchor, anchor it where it stands.
    pub fn accept_anchor(&mut self) -> Result<Vec<Problem>> {
        self.key()?;
        let problems = ledger::verify::verify(
            self.store.conn(),
            self.store.integrity_check()?,
            self.key.as_ref(),
        )?;
        if !problems.is_empty() {
            return Ok(problems);
        }
        let point = guard::chain_point(self.store.conn())?;
        if let Some(file) = &self.anchors {
            let anchor = Anchor {
                count: point.count,
                head: point.head,
            };
            file.accept(&self.row.wallet_id, &anchor)?;
        }
        let now_ms = clock::to_ms(self.now());
        self.write_unlocked(|conn, _| {
            wallet_row::log_event(conn, now_ms, "anchor_accepted", &serde_json::json!({}))
        })?;
        Ok(Vec::new())
    }
}

impl Sandbox<'_> {
    /// `okpay sandbox clock set`: only forward.
    pub fn clock_set(&mut self, to: Timestamp) -> Result<Timestamp> {
        self.require_sandbox()?;
        self.key()?;
        let now = self.now();
        if to < now {
            return Err(Error::invalid("err.clock.backwards")
                .arg("now", clock::rfc3339(now))
                .detail("clock", clock::rfc3339(now)));
        }
        let to_ms = clock::to_ms(to);
        self.write_unlocked(|conn, key| {
            wallet_row::set_clock(conn, to_ms)?;
            crate::funding::settlement::settle_due(conn, key, to)?;
            let detail = serde_json::json!({"from": clock::rfc3339(now), "to": clock::rfc3339(to)});
            wallet_row::log_event(conn, to_ms, "clock_moved", &detail)
        })?;
        self.row.clock_ms = Some(to_ms);
        Ok(to)
    }

    /// `okpay sandbox clock advance`.
    pub fn clock_advance(&mut self, by: SignedDuration) -> Result<Timestamp> {
        self.require_sandbox()?;
        let to = self.now().checked_add(by).map_err(|_| {
            Error::invalid("err.duration.invalid").arg("duration", clock::format_duration(by))
        })?;
        self.clock_set(to)
    }
}

impl Integrity<'_> {
    /// How the wallet's chain compares with its anchor.
    pub fn anchor_state(&self) -> Result<AnchorState> {
        let Some(file) = &self.anchors else {
            return Ok(AnchorState::Missing);
        };
        let point = guard::chain_point(self.store.conn())?;
        Ok(AnchorState::of(
            file.get(&self.row.wallet_id).as_ref(),
            point.count,
            &point.head,
        ))
    }

    /// Anchor a wallet just created.
    pub fn anchor_new(&self) -> Result<()> {
        let point = guard::chain_point(self.store.conn())?;
        self.advance_anchor(&point);
        Ok(())
    }

    /// `okpay verify`: structural checks, plus the HMAC chain and every sealed row when
    /// unlocked, plus the rollback anchor.
    pub fn verify(&self) -> Result<Vec<Problem>> {
        self.verify_after(self.store.integrity_check()?)
    }

    /// SQLite's own check of the file (`PRAGMA integrity_check`): what it reports, empty when
    /// the file is sound. Run before unlocking, so a damaged file is never written to.
    pub fn file_damage(&self) -> Result<Vec<String>> {
        self.store.integrity_check()
    }

    /// `verify` given the result of [`Wallet::file_damage`] (not run twice).
    pub fn verify_after(&self, integrity: Vec<String>) -> Result<Vec<Problem>> {
        let mut problems = ledger::verify::verify(self.store.conn(), integrity, self.key.as_ref())?;
        if let Some(p) = anchor_problem(&self.anchor_state()?) {
            problems.insert(0, p);
        }
        Ok(problems)
    }

    /// What a reading command can tell without the key (O(1)): a ledger cut short or extended
    /// behind okpay's back, a balance that does not name its newest posting, a rollback behind
    /// this machine's anchor. Reads keep working; the CLI shows these as a warning.
    pub fn read_warnings(&self) -> Result<Vec<Problem>> {
        let mut problems = guard::quick_check(self.store.conn())?;
        if let Some(p) = anchor_problem(&self.anchor_state()?) {
            problems.insert(0, p);
        }
        Ok(problems)
    }
}

impl Books<'_> {
    /// `okpay balance`: available and pending per currency, the base currency always listed.
    pub fn balances(&self, only: Option<Currency>) -> Result<Balances> {
        let mut lines: std::collections::BTreeMap<String, (i64, i64)> =
            std::collections::BTreeMap::new();
        let mut outgoing: std::collections::BTreeMap<String, i64> =
            std::collections::BTreeMap::new();
        lines.insert(self.base.code().to_string(), (0, 0));
        for (name, _, balance) in lq::balances(self.store.conn())? {
            if let Some(code) = name.strip_prefix("wallet:") {
                lines.entry(code.to_string()).or_insert((0, 0)).0 += balance;
            } else if let Some(code) = name.strip_prefix("pending:") {
                lines.entry(code.to_string()).or_insert((0, 0)).1 += balance;
            } else if let Some(code) = name.strip_prefix("pending_out:") {
                *outgoing.entry(code.to_string()).or_insert(0) += balance;
            }
        }
        // Due transfers out: paid out (or returned to available) from the same moment.
        for (code, held, back) in
            crate::funding::transfer::due_effects(self.store.conn(), self.now())?
        {
            *outgoing.entry(code.clone()).or_insert(0) -= held;
            lines.entry(code).or_insert((0, 0)).0 += back;
        }
        // From available_at on, reads show a transfer settled, before a write records it.
        for due in crate::funding::settlement::due(self.store.conn(), self.now())? {
            let entry = lines.entry(due.row.currency.clone()).or_insert((0, 0));
            entry.1 -= due.row.amount_minor;
            if due.outcome == crate::funding::rail::Settlement::Settled {
                entry.0 += due.row.amount_minor;
            }
        }
        let mut balances = Vec::new();
        for (code, (available, pending)) in lines {
            let currency = Currency::parse(&code)?;
            if only.is_some_and(|c| c != currency) {
                continue;
            }
            let mut l = line(currency, available, pending);
            l.pending_out = outgoing
                .get(&code)
                .filter(|m| **m != 0)
                .map(|m| format_minor(*m, currency));
            balances.push(l);
        }
        if let Some(c) = only {
            if balances.is_empty() {
                balances.push(line(c, 0, 0));
            }
        }
        for (code, at_ms) in
            crate::funding::settlement::next_arrivals(self.store.conn(), self.now())?
        {
            if let Some(l) = balances.iter_mut().find(|l| l.currency == code) {
                l.pending_available_at = Some(clock::rfc3339(clock::from_ms(at_ms)?));
            }
        }
        // Every currency counts at the mid rate (fx.rs); one without any rate is left out.
        let (total, total_excludes) = self.total_in_base(&balances)?;
        Ok(Balances {
            balances,
            total,
            total_excludes,
        })
    }

    /// `okpay history`: transactions matching `query`, newest first, one at a time.
    pub fn history(
        &self,
        query: &HistoryQuery,
        mut each: impl FnMut(TxView) -> Result<()>,
    ) -> Result<()> {
        let due = self.due_outcomes()?;
        let transfers = crate::funding::transfer::due(self.store.conn(), self.now())?;
        lq::history(self.store.conn(), query, |(row, status, refunded)| {
            let mut view = ledger::view::build(row, &status, refunded)?;
            apply_due(&due, &mut view);
            crate::funding::transfer::apply_due(&transfers, &mut view);
            if query.status.as_deref().is_some_and(|s| s != view.status) {
                return Ok(());
            }
            each(view)
        })
    }

    /// The currencies that appear in this wallet (for amount filters).
    pub fn currencies(&self) -> Result<Vec<Currency>> {
        lq::currencies(self.store.conn())?
            .iter()
            .map(|c| Currency::parse(c))
            .collect()
    }

    /// `okpay receipt`: one transaction in full.
    pub fn receipt(&self, id: &str) -> Result<TxView> {
        let mut view = ledger::view::load(self.store.conn(), id)?;
        apply_due(&self.due_outcomes()?, &mut view);
        let transfers = crate::funding::transfer::due(self.store.conn(), self.now())?;
        crate::funding::transfer::apply_due(&transfers, &mut view);
        Ok(view)
    }
}
