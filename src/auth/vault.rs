//! The key vault: envelope encryption with XChaCha20-Poly1305.
//!
//! A random 256-bit [`WalletKey`] encrypts every secret column (with the table, column and row id
//! as associated data, so a ciphertext moved to another row does not decrypt) and keys the
//! ledger's HMAC chain. The wallet key itself is stored only wrapped: under a key derived from
//! the password with argon2id ([`wrap_with_password`]), and, for each session, under a key
//! derived from the session's random token ([`wrap_for_session`]).
//!
//! All keys, salts, nonces and tokens come from the operating system's CSPRNG (`OsRng`).

use std::fmt;

use chacha20poly1305::aead::AeadInPlace;
use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::rngs::OsRng;
use rand::RngCore;
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

use super::password::{derive_kek, KdfParams, Password};
use crate::error::{Code, Error, Result};

/// Length of an XChaCha20-Poly1305 nonce.
pub const NONCE_LEN: usize = 24;
/// Length of a Poly1305 tag.
pub const TAG_LEN: usize = 16;
/// The prefix of every session token.
pub const SESSION_TOKEN_PREFIX: &str = "oks_";

const MAC_KEY_LABEL: &[u8] = b"okpay/mac/v1";
const SESSION_KEY_LABEL: &[u8] = b"okpay/session-key/v1";
const SESSION_ID_LABEL: &[u8] = b"okpay/session-id/v1";

/// `N` bytes from the operating system's CSPRNG.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    OsRng.fill_bytes(&mut bytes);
    bytes
}

/// An HMAC-SHA256 under the wallet's MAC key, its key blocks already absorbed
/// ([`WalletKey::mac_state`]).
#[derive(Clone)]
pub struct MacState(Hmac<Sha256>);

impl MacState {
    /// The MAC of `data`: the same bytes as [`WalletKey::hmac`].
    pub fn mac(&self, data: &[u8]) -> [u8; 32] {
        let mut mac = self.0.clone();
        mac.update(data);
        mac.finalize().into_bytes().into()
    }

    /// The MAC of the parts' concatenation, without copying them into one buffer.
    pub fn mac_parts(&self, parts: &[&[u8]]) -> [u8; 32] {
        let mut mac = self.0.clone();
        for part in parts {
            mac.update(part);
        }
        mac.finalize().into_bytes().into()
    }
}

/// The random 256-bit wallet key, with the MAC key derived from it once and its two HMAC pad
/// blocks hashed once (a write MACs a few dozen rows, a batch or `generate` millions). The keys
/// are zeroized on drop (the hashed pad blocks are the `hmac` crate's state, which has no
/// zeroizing drop, as before, when every MAC made and dropped one); its `Debug` output shows no
/// bytes.
pub struct WalletKey(Zeroizing<[u8; 32]>, Zeroizing<[u8; 32]>, MacState);

impl WalletKey {
    /// A fresh key from the operating system's CSPRNG.
    pub fn generate() -> WalletKey {
        let mut key = Zeroizing::new([0u8; 32]);
        OsRng.fill_bytes(&mut key[..]);
        WalletKey::with_mac_key(key)
    }

    fn with_mac_key(key: Zeroizing<[u8; 32]>) -> WalletKey {
        let mac = Zeroizing::new(hmac_sha256(&key[..], &[MAC_KEY_LABEL]));
        let state = mac_state_of(&mac);
        WalletKey(key, mac, state)
    }

    /// The key of the ledger's HMAC chain: HMAC-SHA256(wallet key, "okpay/mac/v1").
    pub fn mac_key(&self) -> Zeroizing<[u8; 32]> {
        self.1.clone()
    }

    /// HMAC-SHA256 of `data` under [`WalletKey::mac_key`] (from the key's hashed pad blocks:
    /// two SHA-256 blocks fewer than keying an HMAC afresh).
    pub fn hmac(&self, data: &[u8]) -> [u8; 32] {
        self.2.mac(data)
    }

    /// [`WalletKey::hmac`] as a state of its own, for a caller that MACs many rows on another
    /// thread.
    pub fn mac_state(&self) -> MacState {
        self.2.clone()
    }

    /// Encrypt a secret column value. `aad` names where it lives — table, column and row id,
    /// e.g. `b"sources.account.src_01H..."` — so that it only opens there.
    ///
    /// Output: 24-byte random nonce ‖ ciphertext ‖ 16-byte tag.
    pub fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>> {
        seal_with(&self.0, aad, plaintext)
    }

    /// Decrypt what [`WalletKey::seal`] produced with the same `aad`. A damaged ciphertext, a
    /// ciphertext moved to another row, or another key gives `integrity_error`
    /// (`err.vault.secret_damaged`).
    pub fn open(&self, aad: &[u8], sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        open_with(&self.0, aad, sealed).ok_or_else(secret_damaged)
    }

    /// Rebuild a key from unwrapped bytes, which must be exactly 32 long.
    fn from_plaintext(bytes: &[u8]) -> Option<WalletKey> {
        let mut key = Zeroizing::new([0u8; 32]);
        if bytes.len() != key.len() {
            return None;
        }
        key.copy_from_slice(bytes);
        Some(WalletKey::with_mac_key(key))
    }
}

impl fmt::Debug for WalletKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WalletKey(***)")
    }
}

/// The wallet key wrapped under a password-derived key: what the settings table stores.
#[derive(Clone, Debug)]
pub struct WrappedKey {
    /// The argon2id salt (random, fresh at each wrap).
    pub salt: [u8; 16],
    /// The argon2id parameters the key-encryption key was derived with.
    pub params: KdfParams,
    /// The XChaCha20-Poly1305 nonce (random, fresh at each wrap).
    pub nonce: [u8; 24],
    /// The encrypted wallet key with its tag (48 bytes).
    pub ciphertext: Vec<u8>,
}

/// Wrap the wallet key under a key derived from `password` with `params`, using a fresh salt
/// and nonce. `aad` binds context (e.g. `b"okpay/wallet-key/v1;sandbox=1"`): unwrapping with
/// any other `aad` fails, so changing the sandbox flag in the database breaks unlocking.
pub fn wrap_with_password(
    key: &WalletKey,
    password: &Password,
    params: KdfParams,
    aad: &[u8],
) -> Result<WrappedKey> {
    let salt = random_bytes::<16>();
    let kek = derive_kek(password, &salt, params)?;
    let sealed = seal_with(&kek, aad, &key.0[..])?;
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&sealed[..NONCE_LEN]);
    Ok(WrappedKey {
        salt,
        params,
        nonce,
        ciphertext: sealed[NONCE_LEN..].to_vec(),
    })
}

/// Unwrap the wallet key with a password. A wrong password or a different `aad` gives
/// `auth_failed` (`err.auth.failed`); stored parameters out of range give `integrity_error`.
pub fn unwrap_with_password(
    wrapped: &WrappedKey,
    password: &Password,
    aad: &[u8],
) -> Result<WalletKey> {
    let kek = derive_kek(password, &wrapped.salt, wrapped.params)?;
    let plain = open_parts(&kek, aad, &wrapped.nonce, &wrapped.ciphertext)
        .ok_or_else(|| Error::new(Code::AuthFailed, "err.auth.failed"))?;
    // Authentic but not 32 bytes: we never wrote that, so the record is damaged.
    WalletKey::from_plaintext(&plain).ok_or_else(secret_damaged)
}

/// Unwrap the wallet key with a password, trying `aad` and then `other_aad` with the same
/// derived key (one KDF run). The wallet key opening only under `other_aad` means the context
/// was changed behind okpay's back (the sandbox flag flipped with `sqlite3`): `integrity_error`,
/// not a wrong password.
pub fn unwrap_with_password_checked(
    wrapped: &WrappedKey,
    password: &Password,
    aad: &[u8],
    other_aad: &[u8],
) -> Result<WalletKey> {
    let kek = derive_kek(password, &wrapped.salt, wrapped.params)?;
    if let Some(plain) = open_parts(&kek, aad, &wrapped.nonce, &wrapped.ciphertext) {
        return WalletKey::from_plaintext(&plain).ok_or_else(secret_damaged);
    }
    if open_parts(&kek, other_aad, &wrapped.nonce, &wrapped.ciphertext).is_some() {
        return Err(Error::new(
            Code::IntegrityError,
            "err.integrity.sandbox_flag",
        ));
    }
    Err(Error::new(Code::AuthFailed, "err.auth.failed"))
}

/// A session token handed to the user: `"oks_"` followed by 64 lowercase hex digits (32 random
/// bytes). Zeroized on drop; its `Debug` output shows nothing. The database keeps only
/// [`SessionToken::id_hash`].
pub struct SessionToken(Zeroizing<String>);

impl SessionToken {
    /// A fresh token from the operating system's CSPRNG.
    pub fn generate() -> SessionToken {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut bytes = Zeroizing::new([0u8; 32]);
        OsRng.fill_bytes(&mut bytes[..]);
        let mut text = Zeroizing::new(String::with_capacity(SESSION_TOKEN_PREFIX.len() + 64));
        text.push_str(SESSION_TOKEN_PREFIX);
        for byte in bytes.iter() {
            text.push(char::from(HEX[usize::from(byte >> 4)]));
            text.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
        SessionToken(text)
    }

    /// Read a token the user gave back (surrounding whitespace is ignored). Anything not of
    /// the form `oks_` + 64 lowercase hex digits gives `session_expired` (`err.session.invalid`).
    pub fn parse(s: &str) -> Result<SessionToken> {
        let s = s.trim();
        let well_formed = s.strip_prefix(SESSION_TOKEN_PREFIX).is_some_and(|hex| {
            hex.len() == 64 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        });
        if !well_formed {
            return Err(session_invalid());
        }
        Ok(SessionToken(Zeroizing::new(s.to_string())))
    }

    /// The token text, to hand to the user.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// What the database stores to find the session:
    /// SHA-256("okpay/session-id/v1" ‖ token).
    pub fn id_hash(&self) -> [u8; 32] {
        Sha256::new()
            .chain_update(SESSION_ID_LABEL)
            .chain_update(self.0.as_bytes())
            .finalize()
            .into()
    }

    /// The key the session's copy of the wallet key is wrapped under:
    /// HMAC-SHA256(token, "okpay/session-key/v1"). The token carries 256 bits of entropy, so no
    /// slow KDF is needed.
    fn wrapping_key(&self) -> Zeroizing<[u8; 32]> {
        Zeroizing::new(hmac_sha256(self.0.as_bytes(), &[SESSION_KEY_LABEL]))
    }
}

impl fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionToken(***)")
    }
}

/// Wrap the wallet key for a session, under a key derived from the token. Output: 24-byte
/// nonce ‖ ciphertext ‖ tag. `aad` binds context as in [`wrap_with_password`].
pub fn wrap_for_session(key: &WalletKey, token: &SessionToken, aad: &[u8]) -> Result<Vec<u8>> {
    seal_with(&token.wrapping_key(), aad, &key.0[..])
}

/// Unwrap a session's copy of the wallet key. Any failure — another token, another `aad`, a
/// damaged blob — gives `session_expired` (`err.session.invalid`).
pub fn unwrap_for_session(blob: &[u8], token: &SessionToken, aad: &[u8]) -> Result<WalletKey> {
    open_with(&token.wrapping_key(), aad, blob)
        .and_then(|plain| WalletKey::from_plaintext(&plain))
        .ok_or_else(session_invalid)
}

fn secret_damaged() -> Error {
    Error::new(Code::IntegrityError, "err.vault.secret_damaged")
}

fn session_invalid() -> Error {
    Error::new(Code::SessionExpired, "err.session.invalid")
}

/// XChaCha20-Poly1305 with a fresh random nonce: nonce ‖ ciphertext ‖ tag.
fn seal_with(key: &[u8; 32], aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>> {
    let cipher = XChaCha20Poly1305::new(key.into());
    let nonce = random_bytes::<NONCE_LEN>();
    // Encrypt in a buffer of our own so that no copy of the plaintext is left unzeroized.
    let mut buffer = Zeroizing::new(plaintext.to_vec());
    let tag = cipher
        .encrypt_in_place_detached(XNonce::from_slice(&nonce), aad, &mut buffer[..])
        .map_err(|_| Error::internal("xchacha20poly1305: message too long"))?;
    let mut out = Vec::with_capacity(NONCE_LEN + buffer.len() + TAG_LEN);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&buffer);
    out.extend_from_slice(&tag);
    Ok(out)
}

/// Open nonce ‖ ciphertext ‖ tag; `None` if it is too short or fails authentication.
fn open_with(key: &[u8; 32], aad: &[u8], sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    if sealed.len() < NONCE_LEN + TAG_LEN {
        return None;
    }
    let (nonce, rest) = sealed.split_at(NONCE_LEN);
    open_parts(key, aad, nonce, rest)
}

/// Open ciphertext ‖ tag under `nonce`; `None` if anything is malformed or fails authentication.
fn open_parts(
    key: &[u8; 32],
    aad: &[u8],
    nonce: &[u8],
    ciphertext_and_tag: &[u8],
) -> Option<Zeroizing<Vec<u8>>> {
    if nonce.len() != NONCE_LEN || ciphertext_and_tag.len() < TAG_LEN {
        return None;
    }
    let (ciphertext, tag) = ciphertext_and_tag.split_at(ciphertext_and_tag.len() - TAG_LEN);
    let cipher = XChaCha20Poly1305::new(key.into());
    let mut buffer = Zeroizing::new(ciphertext.to_vec());
    cipher
        .decrypt_in_place_detached(XNonce::from_slice(nonce), aad, &mut buffer[..], tag.into())
        .ok()?;
    Some(buffer)
}

/// An HMAC-SHA256 keyed with the 32-byte `mac_key` (zero-padded to the block, as RFC 2104
/// prescribes), its pad blocks hashed.
fn mac_state_of(mac_key: &[u8; 32]) -> MacState {
    let mut block = Zeroizing::new([0u8; 64]);
    block[..mac_key.len()].copy_from_slice(&mac_key[..]);
    MacState(<Hmac<Sha256> as Mac>::new((&*block).into()))
}

/// HMAC-SHA256 (RFC 2104) of the concatenated `parts`. The key is brought to the 64-byte block
/// size as the RFC prescribes (hashed if longer, zero-padded), which makes construction
/// infallible, and the padded key is zeroized afterwards.
fn hmac_sha256(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut block = Zeroizing::new([0u8; 64]);
    if key.len() > block.len() {
        let mut digest = Sha256::digest(key);
        block[..digest.len()].copy_from_slice(&digest);
        digest.as_mut_slice().zeroize();
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let mut mac = <Hmac<Sha256> as Mac>::new((&*block).into());
    for part in parts {
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHEAP: KdfParams = KdfParams {
        m_kib: 19456,
        t: 2,
        p: 1,
    };
    const AAD: &[u8] = b"okpay/wallet-key/v1;sandbox=0";

    fn pw(s: &str) -> Password {
        Password::new(s.to_string())
    }

    #[test]
    fn the_mac_state_gives_the_keys_macs() {
        let key = WalletKey::generate();
        let state = key.mac_state();
        for data in [&b""[..], b"okpay", &[7u8; 200][..]] {
            assert_eq!(state.mac(data), key.hmac(data));
        }
        assert_ne!(state.mac(b"a"), WalletKey::generate().hmac(b"a"));
        // In parts: the MAC of their concatenation, wherever the cuts fall.
        let whole: Vec<u8> = (0..=255u8).collect();
        for (a, b) in [(0, 0), (0, 256), (13, 200), (64, 128), (256, 256)] {
            let parts = [&whole[..a], &whole[a..b], &whole[b..]];
            assert_eq!(state.mac_parts(&parts), key.hmac(&whole));
        }
        assert_ne!(state.mac_parts(&[b"ab", b"c"]), key.hmac(b"abd"));
    }

    #[test]
    fn password_wrap_round_trips() {
        let key = WalletKey::generate();
        let password = pw("correct-horse-battery-staple-42");
        let wrapped = wrap_with_password(&key, &password, CHEAP, AAD).unwrap();
        assert_eq!(wrapped.params, CHEAP);
        assert_eq!(wrapped.ciphertext.len(), 32 + TAG_LEN);
        let back = unwrap_with_password(&wrapped, &password, AAD).unwrap();
        assert_eq!(*back.0, *key.0);

        // Fresh salt and nonce each time.
        let again = wrap_with_password(&key, &password, CHEAP, AAD).unwrap();
        assert_ne!(again.salt, wrapped.salt);
        assert_ne!(again.nonce, wrapped.nonce);
        assert_ne!(again.ciphertext, wrapped.ciphertext);
    }

    #[test]
    fn password_wrap_round_trips_with_default_params() {
        let key = WalletKey::generate();
        let password = pw("correct-horse-battery-staple-42");
        let wrapped = wrap_with_password(&key, &password, KdfParams::DEFAULT, AAD).unwrap();
        assert_eq!(wrapped.params, KdfParams::DEFAULT);
        let back = unwrap_with_password(&wrapped, &password, AAD).unwrap();
        assert_eq!(back.hmac(b"x"), key.hmac(b"x"));
    }

    #[test]
    fn wrong_password_or_changed_aad_is_auth_failed() {
        let key = WalletKey::generate();
        let wrapped =
            wrap_with_password(&key, &pw("correct-horse-battery-staple-42"), CHEAP, AAD).unwrap();

        let err = unwrap_with_password(&wrapped, &pw("correct-horse-battery-staple-43"), AAD)
            .unwrap_err();
        assert_eq!(err.code, Code::AuthFailed);
        assert_eq!(err.key, "err.auth.failed");

        let err = unwrap_with_password(
            &wrapped,
            &pw("correct-horse-battery-staple-42"),
            b"okpay/wallet-key/v1;sandbox=1",
        )
        .unwrap_err();
        assert_eq!(err.code, Code::AuthFailed);

        // Lowering the stored cost only changes the derived key.
        let mut weaker = wrapped.clone();
        weaker.params.t = 3;
        let err =
            unwrap_with_password(&weaker, &pw("correct-horse-battery-staple-42"), AAD).unwrap_err();
        assert_eq!(err.code, Code::AuthFailed);

        // Absurd stored parameters are refused before any memory is spent.
        let mut absurd = wrapped.clone();
        absurd.params.m_kib = u32::MAX;
        let err =
            unwrap_with_password(&absurd, &pw("correct-horse-battery-staple-42"), AAD).unwrap_err();
        assert_eq!(err.code, Code::IntegrityError);
        assert_eq!(err.key, "err.vault.kdf_params");

        // A truncated ciphertext is refused, not a panic.
        let mut short = wrapped;
        short.ciphertext.truncate(10);
        let err =
            unwrap_with_password(&short, &pw("correct-horse-battery-staple-42"), AAD).unwrap_err();
        assert_eq!(err.code, Code::AuthFailed);
    }

    #[test]
    fn seal_open_round_trips() {
        let key = WalletKey::generate();
        let aad = b"sources.account.src_01HXYZ";
        for plain in [&b""[..], b"GB33BUKB20201555555555", &[0xffu8; 1000][..]] {
            let sealed = key.seal(aad, plain).unwrap();
            assert_eq!(sealed.len(), NONCE_LEN + plain.len() + TAG_LEN);
            assert_eq!(&key.open(aad, &sealed).unwrap()[..], plain);
        }
        let a = key.seal(aad, b"same").unwrap();
        let b = key.seal(aad, b"same").unwrap();
        assert_ne!(a, b, "fresh nonce each time");
    }

    #[test]
    fn open_refuses_moved_damaged_or_foreign_ciphertexts() {
        let key = WalletKey::generate();
        let sealed = key
            .seal(b"sources.account.src_01", b"GB33BUKB20201555555555")
            .unwrap();

        let err = key.open(b"sources.account.src_02", &sealed).unwrap_err();
        assert_eq!(err.code, Code::IntegrityError);
        assert_eq!(err.key, "err.vault.secret_damaged");

        for i in [0, NONCE_LEN, sealed.len() - 1] {
            let mut flipped = sealed.clone();
            flipped[i] ^= 0x01;
            let err = key.open(b"sources.account.src_01", &flipped).unwrap_err();
            assert_eq!(err.code, Code::IntegrityError, "byte {i}");
        }

        for len in [0, 10, NONCE_LEN + TAG_LEN - 1] {
            let err = key
                .open(b"sources.account.src_01", &sealed[..len])
                .unwrap_err();
            assert_eq!(err.code, Code::IntegrityError);
        }

        let other = WalletKey::generate();
        assert!(other.open(b"sources.account.src_01", &sealed).is_err());
    }

    #[test]
    fn session_token_format() {
        let token = SessionToken::generate();
        let s = token.as_str();
        assert_eq!(s.len(), 68);
        assert!(s.starts_with("oks_"));
        assert!(s[4..]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
        assert_ne!(SessionToken::generate().as_str(), s);
        assert_eq!(format!("{token:?}"), "SessionToken(***)");

        let parsed = SessionToken::parse(s).unwrap();
        assert_eq!(parsed.as_str(), s);
        assert_eq!(parsed.id_hash(), token.id_hash());
        let padded = format!("  {s}\n");
        assert_eq!(SessionToken::parse(&padded).unwrap().as_str(), s);

        let upper = format!("oks_{}", s[4..].to_uppercase());
        let bad = [
            "",
            "oks_",
            &s[4..],
            &s[..67],
            &upper,
            &format!("{s}0"),
            &format!("okt_{}", &s[4..]),
            &format!("oks_{}g", &s[4..67]),
            &format!("oks_{}é", &s[4..66]),
        ];
        for bad in bad {
            let err = SessionToken::parse(bad).unwrap_err();
            assert_eq!(err.code, Code::SessionExpired, "{bad:?}");
            assert_eq!(err.key, "err.session.invalid");
        }
    }

    #[test]
    fn id_hash_is_domain_separated_sha256() {
        let token = SessionToken::parse(&format!("oks_{}", "ab".repeat(32))).unwrap();
        let mut input = b"okpay/session-id/v1".to_vec();
        input.extend_from_slice(token.as_str().as_bytes());
        let expected: [u8; 32] = Sha256::digest(&input).into();
        assert_eq!(token.id_hash(), expected);
        assert_ne!(token.id_hash(), SessionToken::generate().id_hash());
    }

    #[test]
    fn session_wrap_round_trips_and_refuses_another_token() {
        let key = WalletKey::generate();
        let token = SessionToken::generate();
        let blob = wrap_for_session(&key, &token, AAD).unwrap();
        assert_eq!(blob.len(), NONCE_LEN + 32 + TAG_LEN);
        let back = unwrap_for_session(&blob, &token, AAD).unwrap();
        assert_eq!(*back.0, *key.0);

        let err = unwrap_for_session(&blob, &SessionToken::generate(), AAD).unwrap_err();
        assert_eq!(err.code, Code::SessionExpired);
        assert_eq!(err.key, "err.session.invalid");

        let err = unwrap_for_session(&blob, &token, b"other").unwrap_err();
        assert_eq!(err.code, Code::SessionExpired);

        let mut flipped = blob.clone();
        flipped[30] ^= 0x80;
        assert!(unwrap_for_session(&flipped, &token, AAD).is_err());
        assert!(unwrap_for_session(&blob[..20], &token, AAD).is_err());
    }

    #[test]
    fn mac_key_and_hmac_follow_the_definition() {
        let key = WalletKey::generate();
        let mut reference = <Hmac<Sha256> as Mac>::new_from_slice(&key.0[..]).unwrap();
        reference.update(b"okpay/mac/v1");
        let expected: [u8; 32] = reference.finalize().into_bytes().into();
        assert_eq!(*key.mac_key(), expected);

        let mut reference = <Hmac<Sha256> as Mac>::new_from_slice(&expected).unwrap();
        reference.update(b"entry 1");
        let expected_mac: [u8; 32] = reference.finalize().into_bytes().into();
        assert_eq!(key.hmac(b"entry 1"), expected_mac);
        assert_ne!(key.hmac(b"entry 2"), expected_mac);
        assert_ne!(WalletKey::generate().hmac(b"entry 1"), expected_mac);
    }

    #[test]
    fn hmac_helper_matches_the_hmac_crate_for_every_key_length() {
        let data = b"okpay/session-key/v1";
        for len in [0usize, 1, 32, 63, 64, 65, 68, 200] {
            let key: Vec<u8> = (0..len).map(|i| (i * 7 + 3) as u8).collect();
            let mut reference = <Hmac<Sha256> as Mac>::new_from_slice(&key).unwrap();
            reference.update(data);
            let expected: [u8; 32] = reference.finalize().into_bytes().into();
            assert_eq!(
                hmac_sha256(&key, &[&data[..5], &data[5..]]),
                expected,
                "{len}"
            );
        }
    }

    #[test]
    fn debug_output_hides_keys() {
        assert_eq!(format!("{:?}", WalletKey::generate()), "WalletKey(***)");
    }

    #[test]
    fn random_bytes_are_random() {
        let a = random_bytes::<32>();
        let b = random_bytes::<32>();
        assert_ne!(a, b);
        assert_ne!(a, [0u8; 32]);
        assert_eq!(random_bytes::<0>(), [0u8; 0]);
    }
}
