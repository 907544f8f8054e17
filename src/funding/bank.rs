//! Bank accounts at entry: IBANs (spaces and letter case tolerated; checksum, per-country length
//! and BBAN format checked against the IBAN registry by `iban_validate`, with the registry
//! countries it lacks in [`super::iban_registry`]), or a domestic account number with the
//! bank's name.

use zeroize::Zeroizing;

use super::iban_registry;
use crate::error::{Error, Result};

/// The longest domestic account number or bank name accepted.
pub const ACCOUNT_CHARS_MAX: usize = 34;
/// The longest bank name.
pub const BANK_NAME_CHARS_MAX: usize = 70;

/// A checked IBAN in electronic form (no spaces, upper case). Zeroized on drop.
pub struct CheckedIban(Zeroizing<String>);

impl CheckedIban {
    /// Normalise and check an IBAN as typed.
    pub fn parse(text: &str) -> Result<CheckedIban> {
        // Spaces (a no-break space too, as copied from a statement) may separate the groups;
        // any other character, a line break or a tab among them, is refused, not dropped.
        let stray = text
            .chars()
            .enumerate()
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == ' ' || *c == '\u{A0}'));
        if let Some((i, c)) = stray {
            return Err(Error::invalid("err.iban.characters")
                .arg("position", i + 1)
                .detail("position", i + 1)
                .arg_detail("char", crate::text::code_point(c))
                .detail("field", "iban"));
        }
        let electronic: Zeroizing<String> = Zeroizing::new(
            text.chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .map(|c| c.to_ascii_uppercase())
                .collect(),
        );
        use iban::ParseIbanError;
        use iban_registry::Verdict;
        let key = match electronic.parse::<iban::Iban>() {
            Ok(_) => return Ok(CheckedIban(electronic)),
            Err(ParseIbanError::InvalidBaseIban { .. }) => "err.iban.invalid",
            Err(ParseIbanError::InvalidBban(_)) => "err.iban.bban",
            // The checksum passed; the crate does not know the country, okpay's table may.
            Err(ParseIbanError::UnknownCountry(_)) => match iban_registry::check(&electronic) {
                Verdict::Valid => return Ok(CheckedIban(electronic)),
                Verdict::BadBban => "err.iban.bban",
                Verdict::UnknownCountry => "err.iban.country",
            },
        };
        Err(Error::invalid(key).detail("field", "iban"))
    }

    /// The electronic form.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `DE89 •••• 3000`: country, check digits and the last four characters.
    pub fn masked(&self) -> String {
        let s = self.as_str();
        format!("{} •••• {}", &s[..4], &s[s.len().saturating_sub(4)..])
    }
}

/// Check a domestic account number: 4 to 34 letters, digits, spaces or dashes.
pub fn check_account_number(text: &str) -> Result<Zeroizing<String>> {
    let compact: Zeroizing<String> =
        Zeroizing::new(text.chars().filter(|c| *c != ' ' && *c != '-').collect());
    let ok = (4..=ACCOUNT_CHARS_MAX).contains(&compact.len())
        && compact.bytes().all(|b| b.is_ascii_alphanumeric());
    if ok {
        Ok(compact)
    } else {
        Err(Error::invalid("err.bank.account")
            .arg("max", ACCOUNT_CHARS_MAX)
            .detail("field", "account"))
    }
}

/// Check a bank's name: not blank, at most 70 characters, no control characters.
pub fn check_bank_name(text: &str) -> Result<String> {
    crate::text::refuse_hidden(text, "bank")?;
    let normal = crate::text::nfc(text);
    let trimmed = normal.trim();
    let ok = !trimmed.is_empty()
        && trimmed.chars().count() <= BANK_NAME_CHARS_MAX
        && !trimmed.chars().any(char::is_control);
    if ok {
        Ok(trimmed.to_string())
    } else {
        Err(Error::invalid("err.bank.name")
            .arg("max", BANK_NAME_CHARS_MAX)
            .detail("field", "bank"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ibans_are_accepted_with_spaces_and_any_case() {
        for text in [
            "DE89370400440532013000",
            "de89 3704 0044 0532 0130 00",
            "GB82 WEST 1234 5698 7654 32",
        ] {
            assert!(CheckedIban::parse(text).is_ok(), "{text}");
        }
        let iban = CheckedIban::parse("de89 3704 0044 0532 0130 00").unwrap();
        assert_eq!(iban.as_str(), "DE89370400440532013000");
        assert_eq!(iban.masked(), "DE89 •••• 3000");
    }

    /// The example IBAN of every country in the SWIFT IBAN registry (release 102).
    const REGISTRY_EXAMPLES: &[(&str, &str)] = &[
        ("AD", "AD1200012030200359100100"),
        ("AE", "AE070331234567890123456"),
        ("AL", "AL47212110090000000235698741"),
        ("AT", "AT611904300234573201"),
        ("AZ", "AZ21NABZ00000000137010001944"),
        ("BA", "BA391290079401028494"),
        ("BE", "BE68539007547034"),
        ("BG", "BG80BNBG96611020345678"),
        ("BH", "BH67BMAG00001299123456"),
        ("BI", "BI4210000100010000332045181"),
        ("BR", "BR1800360305000010009795493C1"),
        ("BY", "BY13NBRB3600900000002Z00AB00"),
        ("CH", "CH9300762011623852957"),
        ("CR", "CR05015202001026284066"),
        ("CY", "CY17002001280000001200527600"),
        ("CZ", "CZ6508000000192000145399"),
        ("DE", "DE89370400440532013000"),
        ("DJ", "DJ2100010000000154000100186"),
        ("DK", "DK5000400440116243"),
        ("DO", "DO28BAGR00000001212453611324"),
        ("EE", "EE382200221020145685"),
        ("EG", "EG380019000500000000263180002"),
        ("ES", "ES9121000418450200051332"),
        ("FI", "FI2112345600000785"),
        ("FK", "FK88SC123456789012"),
        ("FO", "FO6264600001631634"),
        ("FR", "FR1420041010050500013M02606"),
        ("GB", "GB29NWBK60161331926819"),
        ("GE", "GE29NB0000000101904917"),
        ("GI", "GI75NWBK000000007099453"),
        ("GL", "GL8964710001000206"),
        ("GR", "GR1601101250000000012300695"),
        ("GT", "GT82TRAJ01020000001210029690"),
        ("HN", "HN88CABF00000000000250005469"),
        ("HR", "HR1210010051863000160"),
        ("HU", "HU42117730161111101800000000"),
        ("IE", "IE29AIBK93115212345678"),
        ("IL", "IL620108000000099999999"),
        ("IQ", "IQ98NBIQ850123456789012"),
        ("IS", "IS140159260076545510730339"),
        ("IT", "IT60X0542811101000000123456"),
        ("JO", "JO94CBJO0010000000000131000302"),
        ("KW", "KW81CBKU0000000000001234560101"),
        ("KZ", "KZ86125KZT5004100100"),
        ("LB", "LB62099900000001001901229114"),
        ("LC", "LC55HEMM000100010012001200023015"),
        ("LI", "LI21088100002324013AA"),
        ("LT", "LT121000011101001000"),
        ("LU", "LU280019400644750000"),
        ("LV", "LV80BANK0000435195001"),
        ("LY", "LY83002048000020100120361"),
        ("MC", "MC5811222000010123456789030"),
        ("MD", "MD24AG000225100013104168"),
        ("ME", "ME25505000012345678951"),
        ("MK", "MK07250120000058984"),
        ("MN", "MN121234123456789123"),
        ("MR", "MR1300020001010000123456753"),
        ("MT", "MT84MALT011000012345MTLCAST001S"),
        ("MU", "MU17BOMM0101101030300200000MUR"),
        ("NI", "NI45BAPR00000013000003558124"),
        ("NL", "NL91ABNA0417164300"),
        ("NO", "NO9386011117947"),
        ("OM", "OM810180000001299123456"),
        ("PK", "PK36SCBL0000001123456702"),
        ("PL", "PL61109010140000071219812874"),
        ("PS", "PS92PALS000000000400123456702"),
        ("PT", "PT50000201231234567890154"),
        ("QA", "QA58DOHB00001234567890ABCDEFG"),
        ("RO", "RO49AAAA1B31007593840000"),
        ("RS", "RS35260005601001611379"),
        ("RU", "RU0304452522540817810538091310419"),
        ("SA", "SA0380000000608010167519"),
        ("SC", "SC18SSCB11010000000000001497USD"),
        ("SD", "SD2129010501234001"),
        ("SE", "SE4550000000058398257466"),
        ("SI", "SI56263300012039086"),
        ("SK", "SK3112000000198742637541"),
        ("SM", "SM86U0322509800000000270100"),
        ("SO", "SO211000001001000100141"),
        ("ST", "ST23000100010051845310146"),
        ("SV", "SV62CENR00000000000000700025"),
        ("TL", "TL380080012345678910157"),
        ("TN", "TN5910006035183598478831"),
        ("TR", "TR330006100519786457841326"),
        ("UA", "UA213223130000026007233566001"),
        ("VA", "VA59001123000012345678"),
        ("VG", "VG96VPVG0000012345678901"),
        ("XK", "XK051212012345678906"),
        ("YE", "YE15CBYE0001018861234567891234"),
    ];

    #[test]
    fn every_registry_country_accepts_its_registry_example() {
        assert_eq!(REGISTRY_EXAMPLES.len(), 89);
        for (country, example) in REGISTRY_EXAMPLES {
            assert_eq!(&example[..2], *country);
            let iban =
                CheckedIban::parse(example).unwrap_or_else(|e| panic!("{country} {example}: {e}"));
            assert_eq!(iban.as_str(), *example);
            // Also typed in groups of four, in lower case.
            let grouped: String = example
                .to_lowercase()
                .as_bytes()
                .chunks(4)
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect::<Vec<_>>()
                .join(" ");
            assert!(CheckedIban::parse(&grouped).is_ok(), "{grouped}");
        }
        for country in iban_registry::countries() {
            assert!(REGISTRY_EXAMPLES.iter().any(|(c, _)| *c == country));
        }
    }

    #[test]
    fn pakistan_and_honduras_are_checked_like_any_country() {
        assert!(CheckedIban::parse("PK36 SCBL 0000 0011 2345 6702").is_ok());
        assert!(CheckedIban::parse("HN88 CABF 0000 0000 0002 5000 5469").is_ok());
        // A changed digit fails the checksum; a wrong length or format fails the BBAN check.
        let key = |t: &str| CheckedIban::parse(t).err().map(|e| e.key);
        assert_eq!(key("PK36SCBL0000001123456703"), Some("err.iban.invalid"));
        assert_eq!(key("PK06SCBL00000011234567020"), Some("err.iban.bban"));
        assert_eq!(key("AA07SCBL0000001123456702"), Some("err.iban.country"));
    }

    #[test]
    fn line_breaks_and_other_characters_inside_an_iban_are_refused() {
        for (text, position) in [
            ("DE89 3704 0044\n0532 0130 00", 15),
            ("DE89370400440532013000\n", 23),
            ("DE89\t370400440532013000", 5),
            ("DE89-3704-0044-0532-0130-00", 5),
            ("DE89\u{200b}370400440532013000", 5),
            ("ＤＥ89370400440532013000", 1),
        ] {
            let err = CheckedIban::parse(text)
                .err()
                .unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!(err.key, "err.iban.characters", "{text:?}");
            assert_eq!(err.details["position"], position, "{text:?}");
            assert_eq!(err.details["field"], "iban");
        }
        assert!(CheckedIban::parse("DE89\u{a0}3704 0044 0532 0130 00").is_ok());
    }

    #[test]
    fn the_test_accounts_are_valid_ibans() {
        assert!(CheckedIban::parse("DE40100000000000000666").is_ok());
        assert!(CheckedIban::parse("DE50100000000000000777").is_ok());
    }

    #[test]
    fn bad_ibans_are_refused() {
        for text in [
            "DE89370400440532013001",
            "DE8937040044053201300",
            "XX89370400440532013000",
            "",
            "GB82WEST12345698765431",
        ] {
            assert!(CheckedIban::parse(text).is_err(), "{text}");
        }
    }

    #[test]
    fn domestic_accounts_are_checked() {
        assert!(check_account_number("1234-5678-90").is_ok());
        assert!(check_account_number("12").is_err());
        assert!(check_account_number("12;DROP").is_err());
        assert!(check_bank_name("  ").is_err());
        assert_eq!(
            check_bank_name(" Bank of Nowhere ").unwrap(),
            "Bank of Nowhere"
        );
    }
}
