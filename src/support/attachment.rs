//! Ticket attachments (screenshots and the like): read from a file with a limit on everything,
//! their type told from their content, never from their name: PNG, JPEG, PDF or UTF-8 text.
//! Anything else (an executable, an archive, a document of another kind) is refused, and so is
//! a missing, empty or oversized file, before anything is stored.

use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// The largest attachment: 10 MiB.
pub const BYTES_MAX: u64 = 10 * 1024 * 1024;
/// The most attachments one message carries.
pub const PER_MESSAGE_MAX: usize = 5;
/// The most attachments one ticket carries (all messages together).
pub const PER_TICKET_MAX: usize = 20;
/// The longest attachment name kept, in characters (longer names are shortened).
pub const NAME_CHARS_MAX: usize = 100;

/// The types an attachment may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mime {
    Png,
    Jpeg,
    Pdf,
    Text,
}

impl Mime {
    /// The MIME type, as stored and shown.
    pub fn as_str(self) -> &'static str {
        match self {
            Mime::Png => "image/png",
            Mime::Jpeg => "image/jpeg",
            Mime::Pdf => "application/pdf",
            Mime::Text => "text/plain",
        }
    }

    /// The stored MIME type read back.
    pub fn parse(text: &str) -> Option<Mime> {
        [Mime::Png, Mime::Jpeg, Mime::Pdf, Mime::Text]
            .into_iter()
            .find(|m| m.as_str() == text)
    }
}

/// An attachment read and checked, ready to store.
#[derive(Clone)]
pub struct Attachment {
    /// The file's name (without its directory).
    pub name: String,
    pub mime: Mime,
    pub bytes: Vec<u8>,
    pub sha256: [u8; 32],
}

impl std::fmt::Debug for Attachment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Attachment")
            .field("name", &self.name)
            .field("mime", &self.mime)
            .field("size", &self.bytes.len())
            .finish()
    }
}

/// More than [`PER_MESSAGE_MAX`] files on one message, or more than [`PER_TICKET_MAX`] on the
/// ticket with the `existing` ones, is `invalid_input`.
pub fn check_count(adding: usize, existing: usize) -> Result<()> {
    if adding > PER_MESSAGE_MAX {
        return Err(Error::invalid("err.attachment.too_many")
            .arg("max", PER_MESSAGE_MAX)
            .detail("count", adding)
            .detail("max", PER_MESSAGE_MAX));
    }
    if adding + existing > PER_TICKET_MAX {
        return Err(Error::invalid("err.attachment.too_many_on_ticket")
            .arg("max", PER_TICKET_MAX)
            .detail("count", adding + existing)
            .detail("max", PER_TICKET_MAX));
    }
    Ok(())
}

/// What a refused file looks like, for the error's details.
fn looks_like(bytes: &[u8]) -> &'static str {
    if bytes.starts_with(b"\x7fELF")
        || bytes.starts_with(b"MZ")
        || bytes.starts_with(&[0xcf, 0xfa, 0xed, 0xfe])
        || bytes.starts_with(&[0xfe, 0xed, 0xfa, 0xcf])
        || bytes.starts_with(&[0xca, 0xfe, 0xba, 0xbe])
        || bytes.starts_with(b"#!")
    {
        "executable"
    } else if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0x1f, 0x8b]) {
        "archive"
    } else {
        "unknown"
    }
}

/// The type of `bytes`, from their content: `None` for anything okpay does not accept.
pub fn detect(bytes: &[u8]) -> Option<Mime> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Mime::Png)
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        Some(Mime::Jpeg)
    } else if bytes.starts_with(b"%PDF-") {
        Some(Mime::Pdf)
    } else if is_text(bytes) {
        Some(Mime::Text)
    } else {
        None
    }
}

/// UTF-8 text with no control characters other than tab, line breaks and form feed, and not a
/// script (`#!`: an executable in text form).
fn is_text(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if bytes.starts_with(b"#!") {
        return false;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => !text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}')),
        Err(_) => false,
    }
}

/// The name an attachment keeps: the file name, NFC, with hidden characters replaced and at
/// most [`NAME_CHARS_MAX`] characters (the end, with the extension, is kept).
fn name_of(path: &Path) -> String {
    let raw = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "attachment".to_string());
    let clean: String = crate::text::nfc(&raw)
        .chars()
        .map(|c| {
            if crate::text::classify(c).is_some() || c == '"' || c == '\\' {
                '_'
            } else {
                c
            }
        })
        .collect();
    let count = clean.chars().count();
    if count > NAME_CHARS_MAX {
        clean.chars().skip(count - NAME_CHARS_MAX).collect()
    } else {
        clean
    }
}

/// Read and check the file at `path`. A missing file, an empty or oversized one, or content of
/// another type is `invalid_input`; one that exists but cannot be read is `io_error`.
pub fn read(path: &Path) -> Result<Attachment> {
    let shown = path.display().to_string();
    let file = crate::store::files::open_input(path)?
        .ok_or_else(|| Error::invalid("err.attachment.missing").arg_detail("path", &shown))?;
    let too_large = |size: u64| {
        Error::invalid("err.attachment.too_large")
            .arg_detail("path", &shown)
            .arg("max", "10 MiB")
            .detail("size", size)
            .detail("max_bytes", BYTES_MAX)
    };
    let size = file.metadata().map_err(|e| Error::io_at(path, &e))?.len();
    if size > BYTES_MAX {
        return Err(too_large(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(BYTES_MAX + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io_at(path, &e))?;
    let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if read > BYTES_MAX {
        return Err(too_large(read));
    }
    if bytes.is_empty() {
        return Err(Error::invalid("err.attachment.empty").arg_detail("path", &shown));
    }
    let mime = detect(&bytes).ok_or_else(|| {
        Error::invalid("err.attachment.type")
            .arg_detail("path", &shown)
            .detail("looks_like", looks_like(&bytes))
    })?;
    let sha256: [u8; 32] = Sha256::digest(&bytes).into();
    Ok(Attachment {
        name: name_of(path),
        mime,
        bytes,
        sha256,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_told_from_content() {
        assert_eq!(detect(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(Mime::Png));
        assert_eq!(detect(&[0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), Some(Mime::Jpeg));
        assert_eq!(detect(b"%PDF-1.7\n%\xe2\xe3"), Some(Mime::Pdf));
        assert_eq!(
            detect("日志：充值失败\r\n\tline 2\n".as_bytes()),
            Some(Mime::Text)
        );
        assert_eq!(detect(b"\xef\xbb\xbfwith a BOM"), Some(Mime::Text));
        assert_eq!(detect(b"\x7fELF\x02\x01\x01\0"), None);
        assert_eq!(detect(b"#!/bin/sh\nrm -rf ~\n"), None);
        assert_eq!(detect(b"MZ\x90\0"), None);
        assert_eq!(detect(b"PK\x03\x04zip"), None);
        assert_eq!(detect(b"bad \xff utf-8"), None);
        assert_eq!(detect(b"escape \x1b[31m red"), None);
        assert_eq!(looks_like(b"\x7fELF"), "executable");
        assert_eq!(looks_like(b"#!/bin/sh"), "executable");
    }

    #[test]
    fn files_are_read_with_their_limits() {
        let dir = tempfile::tempdir().unwrap();
        let png = dir.path().join("screen shot.png");
        std::fs::write(&png, b"\x89PNG\r\n\x1a\nrest").unwrap();
        let a = read(&png).unwrap();
        assert_eq!(a.name, "screen shot.png");
        assert_eq!(a.mime, Mime::Png);
        assert_eq!(a.sha256, <[u8; 32]>::from(Sha256::digest(&a.bytes)));

        let missing = read(&dir.path().join("nope.png")).unwrap_err();
        assert_eq!(missing.key, "err.attachment.missing");
        let empty = dir.path().join("empty.txt");
        std::fs::write(&empty, b"").unwrap();
        assert_eq!(read(&empty).unwrap_err().key, "err.attachment.empty");
        let big = dir.path().join("big.txt");
        let file = std::fs::File::create(&big).unwrap();
        file.set_len(BYTES_MAX + 1).unwrap();
        assert_eq!(read(&big).unwrap_err().key, "err.attachment.too_large");
        let exact = dir.path().join("exact.txt");
        std::fs::write(&exact, vec![b'a'; usize::try_from(BYTES_MAX).unwrap()]).unwrap();
        assert!(read(&exact).is_ok());
        let dir_err = read(dir.path()).unwrap_err();
        assert_eq!(dir_err.code, crate::error::Code::IoError);
    }

    #[test]
    fn names_are_cleaned_and_shortened() {
        assert_eq!(name_of(Path::new("/tmp/a\u{202e}b.png")), "a_b.png");
        let long = format!("{}.png", "x".repeat(300));
        let name = name_of(Path::new(&long));
        assert_eq!(name.chars().count(), NAME_CHARS_MAX);
        assert!(name.ends_with(".png"));
    }
}
