//! The clap definitions of `okpay support …`: the help centre, contact channels, announcements
//! and tickets.

use std::path::PathBuf;

use clap::{Args, Subcommand};

/// `okpay support …`
#[derive(Debug, Args)]
pub struct SupportArgs {
    #[command(subcommand)]
    pub command: SupportCommand,
}

/// `okpay support` subcommands.
#[derive(Debug, Subcommand)]
pub enum SupportCommand {
    /// The offline help centre: list the articles, search them, or show one (in --lang)
    #[command(after_help = "\
Without QUERY: every article, by id. With QUERY (English or Chinese, any letter case; quotes \
are optional): the articles whose title or text match, best first, with their score. Every \
error's advice ends with the article that explains it: `okpay support faq show ID`.

Examples:
  okpay support faq \"top-up failed\"
  okpay support faq 充值失败
  okpay --lang zh support faq show topup-failed

JSON: {\"articles\": [{\"id\", \"title\", \"score\"}]} (score is null without QUERY);
show: {\"article\": {\"id\", \"title\", \"body\", \"lang\"}}.")]
    Faq(FaqArgs),
    /// Where support can be reached: help centre, e-mail, live chat, social accounts
    #[command(after_help = "\
Channels and their defaults (placeholders on the reserved .example domain until you set them):
  help_centre  https://help.okpay.example
  email        support@okpay.example      (tickets are exported to this address)
  chat         https://chat.okpay.example
  x            @okpay
  weibo        @okpay
  wechat       okpay-support

JSON: {\"channels\": [{\"key\", \"value\", \"default\"}]}.")]
    Contact(ContactArgs),
    /// Announcements: maintenance windows (scheduled, in progress, ended) and notices
    #[command(
        after_help = "JSON: {\"news\": [{\"kind\": \"maintenance\", \"state\", \"from\", \
\"until\", \"note\", \"message\"} | {\"kind\": \"notice\", \"id\", \"message\"}]}."
    )]
    News,
    /// Support tickets: what support needs, and nothing it must not see
    Ticket(TicketArgs),
}

/// `okpay support faq [QUERY]…` / `okpay support faq show ID`
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct FaqArgs {
    #[command(subcommand)]
    pub command: Option<FaqCommand>,
    /// Words to search for in titles and text, in English or Chinese
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,
}

/// `okpay support faq` subcommands.
#[derive(Debug, Subcommand)]
pub enum FaqCommand {
    /// Print one article, formatted for the terminal, in the language of --lang
    Show {
        /// The article's id (from `okpay support faq`)
        #[arg(value_name = "ID")]
        id: String,
    },
}

/// `okpay support contact [set KEY VALUE]`
#[derive(Debug, Args)]
pub struct ContactArgs {
    #[command(subcommand)]
    pub command: Option<ContactCommand>,
}

/// `okpay support contact` subcommands.
#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Change a channel (needs the wallet unlocked); setting its default value resets it
    Set {
        /// help_centre, email, chat, x, weibo or wechat
        #[arg(value_name = "KEY")]
        key: String,
        /// The new address or account
        #[arg(value_name = "VALUE")]
        value: String,
    },
}

/// `okpay support ticket …`
#[derive(Debug, Args)]
pub struct TicketArgs {
    #[command(subcommand)]
    pub command: TicketCommand,
}

/// `okpay support ticket` subcommands.
#[derive(Debug, Subcommand)]
pub enum TicketCommand {
    /// Open a ticket (needs the wallet unlocked): a subject, a description, the transactions it
    /// is about, and screenshots or other files
    #[command(after_help = "\
The ticket records by itself: the account name, the okpay version, the operating system, each
--tx transaction in full (status, failure or decline code, risk rules, masked source), and the
security events from a day before the earliest of them. Attachments: PNG, JPEG, PDF or UTF-8
text (told from the content), at most 5 per message and 10 MiB each, stored encrypted in the
wallet. A subject, message or text file holding a full card number, an IBAN, one of your
account numbers, a session token, your TOTP secret or a recovery code is refused: write only
the last four digits. Without --body or --body-file, $VISUAL or $EDITOR opens on a terminal.

Example:
  okpay support ticket new --subject \"Top-up failed twice\" --tx tx_01J… --attach screen.png \\
      --body \"My card top-up failed, then a retry failed too.\"

JSON: {\"ticket\": {\"id\", \"subject\", \"status\", \"messages\": [{\"n\", \"body\", \"created_at\",
\"attachments\": [{\"n\", \"name\", \"type\", \"size\", \"sha256\"}]}], \"transactions\": […],
\"security_events\": […], \"account\", \"okpay_version\", \"os\"}}.")]
    New(TicketNewArgs),
    /// List tickets, newest first (no unlocking)
    List,
    /// Show one ticket: its messages, attachments and transactions (no unlocking)
    Show {
        /// The ticket's id (tkt_…), or a unique prefix of it
        #[arg(value_name = "ID")]
        id: String,
    },
    /// Add a message (and files) to an open ticket (needs the wallet unlocked)
    Reply(TicketReplyArgs),
    /// Close a ticket (needs the wallet unlocked)
    Close {
        /// The ticket's id (tkt_…), or a unique prefix of it
        #[arg(value_name = "ID")]
        id: String,
    },
    /// Write attachment N of a ticket back to a file, byte for byte (needs the wallet unlocked)
    Attachment(TicketAttachmentArgs),
    /// Write the ticket as an e-mail to the support address (RFC 5322, MIME, attachments in
    /// base64), ready for `sendmail -t` or a mail client (needs the wallet unlocked)
    #[command(after_help = "\
The message goes to the `email` contact channel (okpay support contact). Its body is in the
language of --lang: the messages, a table of the referenced transactions, the security events
and the system details; the attachments follow, with the ticket as JSON. Give -o - to write it
to standard output:

  okpay support ticket export tkt_01J… -o - | sendmail -t")]
    Export(TicketExportArgs),
}

/// `okpay support ticket new`
#[derive(Debug, Args)]
pub struct TicketNewArgs {
    /// What the problem is, in one line
    #[arg(long, value_name = "TEXT")]
    pub subject: String,
    /// The description
    #[arg(long, value_name = "TEXT", conflicts_with = "body_file")]
    pub body: Option<String>,
    /// Read the description from FILE (- for standard input, after the password line when
    /// --password-stdin is also given)
    #[arg(long, value_name = "FILE")]
    pub body_file: Option<PathBuf>,
    /// A transaction the ticket is about (repeat for several, at most 10)
    #[arg(long = "tx", value_name = "TXID")]
    pub transactions: Vec<String>,
    /// A file to attach: PNG, JPEG, PDF or text, at most 10 MiB (repeat, at most 5)
    #[arg(long = "attach", value_name = "FILE")]
    pub attachments: Vec<PathBuf>,
}

/// `okpay support ticket reply`
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("text").required(true).args(["body", "body_file"])))]
pub struct TicketReplyArgs {
    /// The ticket's id (tkt_…), or a unique prefix of it
    #[arg(value_name = "ID")]
    pub id: String,
    /// The message
    #[arg(long, value_name = "TEXT")]
    pub body: Option<String>,
    /// Read the message from FILE (- for standard input)
    #[arg(long, value_name = "FILE")]
    pub body_file: Option<PathBuf>,
    /// A file to attach (repeat, at most 5)
    #[arg(long = "attach", value_name = "FILE")]
    pub attachments: Vec<PathBuf>,
}

/// `okpay support ticket attachment`
#[derive(Debug, Args)]
pub struct TicketAttachmentArgs {
    /// The ticket's id (tkt_…), or a unique prefix of it
    #[arg(value_name = "ID")]
    pub id: String,
    /// The attachment's number (as `ticket show` lists them)
    #[arg(value_name = "N")]
    pub n: i64,
    /// Where to write it (0600; - for standard output)
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
}

/// `okpay support ticket export`
#[derive(Debug, Args)]
pub struct TicketExportArgs {
    /// The ticket's id (tkt_…), or a unique prefix of it
    #[arg(value_name = "ID")]
    pub id: String,
    /// Where to write the message, e.g. ticket.eml (0600; - for standard output)
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Your e-mail address, for the From header [default: okpay@localhost, which a mail client
    /// replaces with yours]
    #[arg(long, value_name = "ADDR")]
    pub from: Option<String>,
}
