//! Contact channels: where support can be reached (the help centre online, e-mail, live chat,
//! social accounts). Each has a documented default that the user can change with `support
//! contact set KEY VALUE`; tickets are exported to the `email` channel.

use serde::Serialize;

use crate::error::{Error, Result};

/// One channel: its key, what kind of value it takes, and its default.
#[derive(Debug)]
pub struct Channel {
    pub key: &'static str,
    pub kind: Kind,
    pub default: &'static str,
}

/// What a channel's value must look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An `https://` (or `http://`) address.
    Url,
    /// An e-mail address.
    Email,
    /// A handle or account name on a social network.
    Handle,
}

/// Every channel, in the order `support contact` lists them. The defaults use the reserved
/// `.example` domain: okpay's rails are simulated, and so is its support desk until the user
/// points these at a real one.
pub const CHANNELS: &[Channel] = &[
    Channel {
        key: "help_centre",
        kind: Kind::Url,
        default: "https://help.okpay.example",
    },
    Channel {
        key: "email",
        kind: Kind::Email,
        default: "support@okpay.example",
    },
    Channel {
        key: "chat",
        kind: Kind::Url,
        default: "https://chat.okpay.example",
    },
    Channel {
        key: "x",
        kind: Kind::Handle,
        default: "@okpay",
    },
    Channel {
        key: "weibo",
        kind: Kind::Handle,
        default: "@okpay",
    },
    Channel {
        key: "wechat",
        kind: Kind::Handle,
        default: "okpay-support",
    },
];

/// The longest value of a channel, in characters.
pub const VALUE_CHARS_MAX: usize = 200;

/// One channel as listed: `{"key", "value", "default"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChannelView {
    pub key: &'static str,
    pub value: String,
    /// The value is the documented default (not changed by the user).
    pub default: bool,
}

/// The channel named `key` (`help-centre`, `help_center` and the like are accepted too).
pub fn channel(key: &str) -> Result<&'static Channel> {
    let normal = key.trim().to_ascii_lowercase().replace('-', "_");
    let normal = match normal.as_str() {
        "help_center" | "helpcentre" | "helpcenter" | "help" => "help_centre",
        "e_mail" | "mail" => "email",
        "live_chat" | "livechat" => "chat",
        "twitter" => "x",
        other => other,
    };
    CHANNELS.iter().find(|c| c.key == normal).ok_or_else(|| {
        let keys: Vec<&str> = CHANNELS.iter().map(|c| c.key).collect();
        Error::invalid("err.support.contact_key")
            .arg_detail("key", key)
            .arg("keys", keys.join(", "))
            .detail("keys", keys)
    })
}

/// Check a value for `channel`: its form, at most [`VALUE_CHARS_MAX`] characters, one line.
pub fn check_value(channel: &Channel, value: &str) -> Result<String> {
    let value = crate::text::check_line(value, "value", VALUE_CHARS_MAX)?;
    let bad = |key: &'static str| {
        Error::invalid(key)
            .arg_detail("key", channel.key)
            .detail("field", "value")
    };
    match channel.kind {
        Kind::Url => {
            let rest = value
                .strip_prefix("https://")
                .or_else(|| value.strip_prefix("http://"));
            match rest {
                Some(host) if !host.is_empty() && !value.contains(char::is_whitespace) => Ok(value),
                _ => Err(bad("err.support.contact_url")),
            }
        }
        Kind::Email => crate::funding::source::check_email(&value)
            .map(|e| e.to_string())
            .map_err(|_| bad("err.support.contact_email")),
        Kind::Handle => Ok(value),
    }
}

/// Every channel with its value: the user's where set, else the default.
pub fn views(set: &[(String, String)]) -> Vec<ChannelView> {
    CHANNELS
        .iter()
        .map(|c| match set.iter().find(|(k, _)| k == c.key) {
            Some((_, value)) => ChannelView {
                key: c.key,
                value: value.clone(),
                default: value == c.default,
            },
            None => ChannelView {
                key: c.key,
                value: c.default.to_string(),
                default: true,
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_by_their_usual_spellings() {
        assert_eq!(channel("help-centre").unwrap().key, "help_centre");
        assert_eq!(channel("Help_Center").unwrap().key, "help_centre");
        assert_eq!(channel("twitter").unwrap().key, "x");
        let err = channel("fax").unwrap_err();
        assert_eq!(err.details["key"], "fax");
    }

    #[test]
    fn values_are_checked_for_their_kind() {
        let email = channel("email").unwrap();
        assert_eq!(
            check_value(email, " help@bank.example ").unwrap(),
            "help@bank.example"
        );
        assert!(check_value(email, "not an address").is_err());
        let url = channel("chat").unwrap();
        assert!(check_value(url, "https://chat.example/okpay").is_ok());
        assert!(check_value(url, "chat.example").is_err());
        assert!(check_value(url, "https://").is_err());
        let handle = channel("weibo").unwrap();
        assert!(check_value(handle, "@小明").is_ok());
        assert!(check_value(handle, "a\nb").is_err());
    }

    #[test]
    fn unset_channels_show_their_default() {
        let set = vec![("email".to_string(), "me@x.example".to_string())];
        let views = views(&set);
        assert_eq!(views.len(), CHANNELS.len());
        let email = views.iter().find(|v| v.key == "email").unwrap();
        assert_eq!(email.value, "me@x.example");
        assert!(!email.default);
        assert!(views.iter().find(|v| v.key == "chat").unwrap().default);
    }
}
