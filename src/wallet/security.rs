//! The Wallet facade's security centre: the security log with filters, the emergency freeze
//! (without unlocking) and the unfreeze (a step-up), and the self-audit of `security check`.
//!
//! The freeze: `frozen` lives in the sealed settings row, which a keyless write cannot re-seal.
//! So `security freeze` records a request outside the seal, which can only make the wallet
//! stricter; the wallet is frozen while either is set; the next unlocked write folds the request
//! into the sealed flag (see [`Wallet::write_unlocked`]); `security unfreeze` clears both and
//! re-seals. A request not folded yet can be removed by someone who can edit the file: the
//! freeze stops use of okpay by someone holding a session or the password, not file edits.

use super::SteppedUp;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use serde::Serialize;
use serde_json::{json, Map, Value};

use super::access::Security;
use super::access::SecurityLog;
use super::Wallet;
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::store::anchor::AnchorState;
use crate::store::security::{self as q, EventQuery};
use crate::store::{sessions, wallet_row};

/// `security events` lists this many events unless `--limit` says otherwise.
pub const EVENTS_LIMIT_DEFAULT: u32 = 50;
/// The most events one `security events` lists.
pub const EVENTS_LIMIT_MAX: u32 = 1000;
/// A password older than this is a `password_old` finding (the same reminder `status` shows).
pub const PASSWORD_AGE_MAX_DAYS: i64 = super::PASSWORD_AGE_REMINDER_DAYS;
/// A last backup older than this is a `backup_old` finding.
pub const BACKUP_AGE_MAX_DAYS: i64 = 30;
/// `recent_risk_blocks` counts risk declines over this many days.
pub const RISK_BLOCKS_WINDOW_DAYS: i64 = 30;

const DAY_MS: i64 = 86_400_000;

/// The event kinds `security events --kind` accepts: CLI.md's, and the ones okpay writes
/// besides. Kinds a newer okpay wrote into this log are accepted too.
pub const EVENT_KINDS: &[&str] = &[
    "wallet_created",
    "login",
    "login_failed",
    "locked_out",
    "logout",
    "session_revoked",
    "password_changed",
    "key_rotated",
    "2fa_enabled",
    "2fa_disabled",
    "limit_changed",
    "source_added",
    "source_removed",
    "merchant_added",
    "merchant_blocked",
    "frozen",
    "unfrozen",
    "risk_challenge",
    "risk_blocked",
    "risk_rule_changed",
    "backup",
    "restore",
    "anchor_accepted",
    "clock_moved",
    "sandbox_rail",
    "sandbox_maintenance",
    "recovery_code_used",
    "recovery_codes_regenerated",
    "lockdown_session",
];

/// Stored kinds that show under another (CLI.md's) name: a failed unlock, whether by `login` or
/// by any command given a wrong password, is a `login_failed`.
const RENAMED: &[(&str, &str)] = &[("unlock_failed", "login_failed")];

/// The name a stored kind has in output.
fn public_kind(stored: &str) -> &str {
    RENAMED
        .iter()
        .find(|(s, _)| *s == stored)
        .map_or(stored, |(_, public)| public)
}

/// The stored kinds a public kind stands for.
fn stored_kinds(public: &str) -> Vec<String> {
    let mut kinds = vec![public.to_string()];
    kinds.extend(
        RENAMED
            .iter()
            .filter(|(_, p)| *p == public)
            .map(|(s, _)| s.to_string()),
    );
    kinds
}

/// One security event, for `{"events": [...]}`.
#[derive(Debug, Clone, Serialize)]
pub struct SecurityEvent {
    /// `evt_<sequence number>`.
    pub id: String,
    pub kind: String,
    /// UTC RFC 3339.
    pub at: String,
    pub details: Value,
    #[serde(skip)]
    pub at_ms: i64,
}

/// What `security events` asks for: public kinds, a time, a count.
#[derive(Debug, Clone)]
pub struct EventsFilter {
    pub kinds: Vec<String>,
    pub since: Option<jiff::Timestamp>,
    pub limit: u32,
}

/// How urgent a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Critical,
    Warn,
    Info,
}

/// One finding of `security check`; the CLI words it from its code and arguments.
#[derive(Debug, Clone)]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    /// Message arguments, also shown as `details`.
    pub args: Map<String, Value>,
}

impl Finding {
    fn new(code: &'static str, severity: Severity) -> Finding {
        Finding {
            code,
            severity,
            args: Map::new(),
        }
    }

    fn arg(mut self, name: &str, value: impl Into<Value>) -> Finding {
        self.args.insert(name.to_string(), value.into());
        self
    }
}

/// What `security freeze` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FreezeOutcome {
    Frozen,
    AlreadyFrozen,
}

impl Wallet {
    /// Whether the wallet is frozen now (the sealed flag, or a request not folded in yet).
    pub fn is_frozen(&self) -> Result<bool> {
        q::effective_frozen(self.store.conn())
    }

    /// `frozen` while the wallet is frozen.
    pub fn check_not_frozen(&self) -> Result<()> {
        if self.is_frozen()? {
            Err(Error::new(Code::Frozen, "err.frozen"))
        } else {
            Ok(())
        }
    }

    /// `security freeze`: no key needed, so it is recorded as a request outside the seal (see
    /// the module's doc). Idempotent: freezing a frozen wallet changes nothing.
    pub fn freeze(&mut self) -> Result<FreezeOutcome> {
        let now_ms = clock::to_ms(self.now());
        self.store.write(|conn| {
            if q::effective_frozen(conn)? {
                return Ok(FreezeOutcome::AlreadyFrozen);
            }
            q::request_freeze(conn, now_ms)?;
            wallet_row::log_event(conn, now_ms, "frozen", &json!({}))?;
            Ok(FreezeOutcome::Frozen)
        })
    }

    fn backup_finding(&self, now_ms: i64) -> Result<Option<Finding>> {
        let Some(at_ms) = self.row.last_backup_ms else {
            return Ok(Some(Finding::new("no_backup", Severity::Warn)));
        };
        let age_ms = now_ms - at_ms;
        if age_ms <= BACKUP_AGE_MAX_DAYS * DAY_MS {
            return Ok(None);
        }
        let days = age_ms / DAY_MS;
        Ok(Some(
            Finding::new("backup_old", Severity::Warn)
                .arg("days", days)
                .arg("at", clock::rfc3339(clock::from_ms(at_ms)?)),
        ))
    }

    fn anchor_finding(&self) -> Result<Option<Finding>> {
        if self.anchors.is_none() {
            return Ok(Some(Finding::new("anchor_missing", Severity::Warn)));
        }
        Ok(match self.integrity().anchor_state()? {
            AnchorState::Current => None,
            AnchorState::Missing => Some(Finding::new("anchor_missing", Severity::Warn)),
            AnchorState::RolledBack { anchored, wallet } => Some(
                Finding::new("rolled_back", Severity::Critical)
                    .arg("anchored", anchored)
                    .arg("wallet", wallet),
            ),
            AnchorState::Diverged { count } => {
                Some(Finding::new("rolled_back", Severity::Critical).arg("diverged_at", count))
            }
        })
    }
}

/// The wallet file, its SQLite companions and its directory must be private: 0600 and 0700.
fn file_permissions(path: &Path) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    let mut paths = vec![path.to_path_buf()];
    for suffix in ["-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        paths.push(name.into());
    }
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        paths.push(dir.to_path_buf());
    }
    for p in paths {
        let Ok(meta) = std::fs::metadata(&p) else {
            continue;
        };
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            let wanted = if meta.is_dir() { "700" } else { "600" };
            // Others reading the wallet, or replacing it through its directory, is critical; a
            // directory others may only list is a warning (the 0600 file stays private).
            let severity = if !meta.is_dir() || mode & 0o022 != 0 {
                Severity::Critical
            } else {
                Severity::Warn
            };
            findings.push(
                Finding::new("file_permissions", severity)
                    .arg("path", p.display().to_string())
                    .arg("mode", format!("{mode:o}"))
                    .arg("wanted", wanted),
            );
        }
    }
    Ok(findings)
}

impl Security<'_> {
    /// `security unfreeze`: a step-up; `invalid_state` when the wallet is not frozen. Clears the
    /// sealed flag and any request in one unlocked write, which re-seals the settings.
    pub fn unfreeze(&mut self, step_up: &SteppedUp) -> Result<()> {
        if !self.is_frozen()? {
            return Err(Error::new(Code::InvalidState, "err.security.not_frozen"));
        }
        self.check_step_up(step_up)?;
        let now_ms = clock::to_ms(self.now());
        self.write_unlocked(|conn, _| {
            if !q::effective_frozen(conn)? {
                return Err(Error::new(Code::InvalidState, "err.security.not_frozen"));
            }
            q::clear_freeze(conn)?;
            wallet_row::log_event(conn, now_ms, "unfrozen", &json!({}))
        })?;
        self.row.frozen = false;
        Ok(())
    }
}

impl SecurityLog<'_> {
    /// Every kind `security events --kind` accepts here.
    pub fn event_kinds(&self) -> Result<Vec<String>> {
        let mut kinds: Vec<String> = EVENT_KINDS.iter().map(|k| k.to_string()).collect();
        for stored in q::stored_kinds(self.store.conn())? {
            let public = public_kind(&stored).to_string();
            if !kinds.contains(&public) {
                kinds.push(public);
            }
        }
        Ok(kinds)
    }

    /// `security events`: the newest events matching `filter`, newest first.
    pub fn security_events(&self, filter: &EventsFilter) -> Result<Vec<SecurityEvent>> {
        if filter.limit == 0 || filter.limit > EVENTS_LIMIT_MAX {
            return Err(Error::invalid("err.security.limit")
                .arg("max", EVENTS_LIMIT_MAX)
                .detail("field", "limit"));
        }
        let known = self.event_kinds()?;
        let mut kinds = Vec::new();
        for kind in &filter.kinds {
            if !known.contains(kind) {
                return Err(Error::invalid("err.security.kind_unknown")
                    .arg("kind", kind)
                    .arg("kinds", known.join(", "))
                    .detail("field", "kind")
                    .detail("kinds", known.clone()));
            }
            kinds.extend(stored_kinds(kind));
        }
        let query = EventQuery {
            kinds,
            since_ms: filter.since.map(clock::to_ms),
            limit: filter.limit,
        };
        q::events(self.store.conn(), &query)?
            .into_iter()
            .map(|e| {
                let details = serde_json::from_str::<Value>(&e.detail)
                    .ok()
                    .filter(Value::is_object)
                    .unwrap_or_else(|| json!({ "text": e.detail }));
                Ok(SecurityEvent {
                    id: format!("evt_{}", e.seq),
                    kind: public_kind(&e.kind).to_string(),
                    at: clock::rfc3339(clock::from_ms(e.at_ms)?),
                    details,
                    at_ms: e.at_ms,
                })
            })
            .collect()
    }

    /// `security check`: the findings, most urgent first.
    pub fn security_check(&self) -> Result<Vec<Finding>> {
        let now_ms = clock::to_ms(self.now());
        let conn = self.store.conn();
        let mut findings = file_permissions(self.path())?;
        if !self.row.twofa {
            findings.push(Finding::new("2fa_off", Severity::Warn));
        }
        let password_age_ms = now_ms - self.password_set_ms()?;
        if password_age_ms > PASSWORD_AGE_MAX_DAYS * DAY_MS {
            let password_days = password_age_ms / DAY_MS;
            findings.push(
                Finding::new("password_old", Severity::Warn)
                    .arg("days", password_days)
                    .arg("max_days", PASSWORD_AGE_MAX_DAYS),
            );
        }
        let live = sessions::count_live(conn, now_ms)?;
        if live > 0 {
            findings.push(Finding::new("open_sessions", Severity::Info).arg("count", live));
        }
        let since = now_ms - RISK_BLOCKS_WINDOW_DAYS * DAY_MS;
        let blocks = q::risk_blocks_since(conn, since)?;
        if blocks > 0 {
            findings.push(
                Finding::new("recent_risk_blocks", Severity::Warn)
                    .arg("count", blocks)
                    .arg("days", RISK_BLOCKS_WINDOW_DAYS),
            );
        }
        findings.extend(self.backup_finding(now_ms)?);
        findings.extend(self.anchor_finding()?);
        if self.is_frozen()? {
            findings.push(Finding::new("frozen", Severity::Info));
        }
        // A stable sort keeps the order above within each severity.
        findings.sort_by_key(|f| f.severity);
        Ok(findings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_unlock_is_shown_and_filtered_as_login_failed() {
        assert_eq!(public_kind("unlock_failed"), "login_failed");
        assert_eq!(public_kind("login"), "login");
        assert_eq!(
            stored_kinds("login_failed"),
            ["login_failed", "unlock_failed"]
        );
        assert_eq!(stored_kinds("frozen"), ["frozen"]);
    }

    #[test]
    fn every_listed_kind_is_unique_and_public() {
        for (i, kind) in EVENT_KINDS.iter().enumerate() {
            assert!(!EVENT_KINDS[..i].contains(kind), "{kind} twice");
            assert_eq!(public_kind(kind), *kind);
        }
    }

    #[test]
    fn severities_sort_most_urgent_first() {
        let mut list = [Severity::Info, Severity::Critical, Severity::Warn];
        list.sort();
        assert_eq!(list, [Severity::Critical, Severity::Warn, Severity::Info]);
    }
}
