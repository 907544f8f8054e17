//! The support desk: the offline help centre (articles in English and Chinese, search, the
//! article that explains each error), contact channels, maintenance announcements, and support
//! tickets with their attachments and e-mail export.

pub mod articles;
pub mod attachment;
pub mod contact;
pub mod eml;
pub mod links;
pub mod maintenance;
pub mod search;
pub mod secrets;
pub mod ticket;
