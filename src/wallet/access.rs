//! The wallet's states, in types. A [`Wallet`] as opened is locked: it reads. A credential
//! turns it into an [`Unlocked`] wallet (the password, or a session, and with 2FA on a second
//! factor: see [`Wallet::unlock`]); only an `Unlocked` wallet hands out the capability handles
//! that write ([`Payments`], [`Funding`], [`Limits`], [`Security`], [`TwoFa`], [`Risk`],
//! [`Support`], [`Sandbox`]), and every one of their writes goes through the one unit of work,
//! `Wallet::write_unlocked`, which nothing outside this module can call. Operations that loosen
//! a protection also need a fresh password (and code) in this process: they take the
//! [`SteppedUp`](super::SteppedUp) proof that only [`Wallet::step_up`] makes, so a caller that
//! holds only a session cannot even call them.
//!
//! Each handle derefs to the wallet, so reading (the clock, the zone, balances) stays one call
//! away wherever a handle is held.

use std::ops::{Deref, DerefMut};

use super::Wallet;
use crate::error::{Code, Error, Result};

/// A wallet a credential unlocked in this process: it may write, through its handles.
pub struct Unlocked<'w> {
    wallet: &'w mut Wallet,
}

impl<'w> Unlocked<'w> {
    /// Only the unlocking code makes one, once the key is there and every factor was checked.
    pub(super) fn new(wallet: &'w mut Wallet) -> Unlocked<'w> {
        Unlocked { wallet }
    }
}

impl Deref for Unlocked<'_> {
    type Target = Wallet;
    fn deref(&self) -> &Wallet {
        self.wallet
    }
}

impl DerefMut for Unlocked<'_> {
    fn deref_mut(&mut self) -> &mut Wallet {
        self.wallet
    }
}

macro_rules! handles {
    ($($(#[$doc:meta])* $name:ident => $method:ident;)*) => {
        $(
            $(#[$doc])*
            pub struct $name<'a> {
                wallet: &'a mut Wallet,
            }

            impl Deref for $name<'_> {
                type Target = Wallet;
                fn deref(&self) -> &Wallet {
                    self.wallet
                }
            }

            impl DerefMut for $name<'_> {
                fn deref_mut(&mut self) -> &mut Wallet {
                    self.wallet
                }
            }

            impl Unlocked<'_> {
                $(#[$doc])*
                pub fn $method(&mut self) -> $name<'_> {
                    $name { wallet: self.wallet }
                }
            }
        )*
    };
}

handles! {
    /// Paying merchants, refunds, and the merchant list.
    Payments => payments;
    /// Funding sources, top-ups and their settlement.
    Funding => funding;
    /// Spending limits.
    Limits => limits;
    /// The password, sessions, the freeze, the rollback anchor.
    Security => security;
    /// Two-factor authentication.
    TwoFa => twofa;
    /// Risk rules.
    Risk => risk;
    /// Support contact channels and tickets.
    Support => support;
    /// The sandbox's test controls.
    Sandbox => sandbox;
    /// Importing records.
    Records => records;
    /// Exchange rates, the spread, and conversions between balances.
    Fx => fx;
    /// Transfers out of the wallet, to the user's own bank or someone else's account.
    Transfers => transfers;
}

impl Wallet {
    /// The unlocked state, when a credential already unlocked this wallet in this process
    /// (`auth_required` otherwise): for a command that unlocked earlier and writes later.
    pub fn unlocked(&mut self) -> Result<Unlocked<'_>> {
        if self.key.is_none() {
            return Err(Error::new(Code::AuthRequired, "err.auth.required"));
        }
        Ok(Unlocked::new(self))
    }
}

macro_rules! views {
    ($($(#[$doc:meta])* $name:ident => $method:ident;)*) => {
        $(
            $(#[$doc])*
            pub struct $name<'a> {
                wallet: &'a Wallet,
            }

            impl Deref for $name<'_> {
                type Target = Wallet;
                fn deref(&self) -> &Wallet {
                    self.wallet
                }
            }

            impl Wallet {
                $(#[$doc])*
                pub fn $method(&self) -> $name<'_> {
                    $name { wallet: self }
                }
            }
        )*
    };
}

views! {
    /// Reading what a payment would do before it is made: merchants, the checks, replays,
    /// refund plans. No key needed.
    CheckoutView => checkout;
    /// Reading what a top-up would do: sources, quotes, replays, rails.
    Topups => topups;
    /// The integrity checks a reader can make, and `verify`.
    Integrity => integrity;
    /// The security log and the self-audit.
    SecurityLog => security_log;
    /// The support desk's records: contact channels, the maintenance window, tickets.
    Desk => desk;
}

views! {
    /// The spending limits and the risk rules as they stand, and what a change would do.
    Rules => rules;
}

views! {
    /// The books: history rows, statements, spending reports and exports.
    Books => books;
}

views! {
    /// Ids as people type them (unique prefixes, labels, names) and as tables show them.
    IdsView => ids;
}
