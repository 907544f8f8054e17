
use builtin;
use str;

set edit:completion:arg-completer[okpay] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'okpay'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'okpay'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a new wallet (the password is asked twice, or read with --password-stdin/--password-file)'
            cand login 'Unlock once and start a session: prints `export OKPAY_SESSION=…`'
            cand password 'Change the password (current, then new: prompts, or two lines with --password-stdin)'
            cand 2fa 'Two-factor authentication with an authenticator app (TOTP): enable, confirm, status, disable, recovery codes'
            cand logout 'End the session in OKPAY_SESSION, or every session with --all'
            cand status 'Show the wallet: locked or unlocked, session expiry, sandbox or not, time zone'
            cand balance 'Show available and pending money per currency, and the total in the base currency'
            cand source 'Funding sources: cards, bank accounts, online platforms, third-party providers'
            cand topup 'Put money into the wallet from a funding source (asks to confirm; --yes in scripts)'
            cand pay 'Pay a merchant: by flags, a JSON payment request (--request), an okpay:pay? URI, or a QR code in an image (--qr)'
            cand request 'Make a payment request: print its okpay:pay? URI and draw its QR code (no unlocking)'
            cand transfer 'Send money out on the bank rail: to your own bank source or to an IBAN (asks to confirm; --yes in scripts)'
            cand refund 'Record a merchant''s full or partial refund of a payment'
            cand merchant 'Merchants: add, list, block, unblock'
            cand limits 'Spending limits in the base currency: show them, lower or raise them, cancel a raise'
            cand risk 'Risk monitoring: the rules that score every payment, their settings, how often they fired'
            cand fx 'Exchange rates: list, set and import them, and set the conversion spread'
            cand convert 'Convert money between two of your balances, at the current rate less the spread. Shows the quote (rate, its date, spread, both amounts) and asks to confirm (--yes in scripts).'
            cand history 'List transactions, newest first'
            cand receipt 'Show one transaction in full'
            cand export 'Write every transaction out as okpay CSV or JSON, an hledger journal or a beancount file'
            cand import 'Read okpay''s CSV export back in (idempotent by transaction id; all or nothing)'
            cand statement 'A monthly statement: opening balance, every movement, fees, closing balance'
            cand report 'Reports: spending by merchant, category, month or day as a bar chart; the balance over time as a sparkline'
            cand verify 'Check the wallet''s integrity (exit 13 on damage, tampering or a rollback); unlocked, also the HMAC chain and every sealed row'
            cand backup 'Write a consistent copy of the wallet to FILE (0600, sessions left out), even while other okpay processes are writing to it'
            cand restore 'Replace the wallet with a backup, after checking it with the password (asks to confirm; --yes in scripts)'
            cand security 'The security centre: the security log, an emergency freeze, a self-audit'
            cand sandbox 'Test controls of sandbox wallets (made with `init --sandbox`)'
            cand support 'Help, even offline: the help centre, contact channels, announcements and support tickets'
            cand demo 'A narrated tour in a throw-away sandbox wallet'
            cand completions 'Print a shell completion script'
            cand generate-docs 'Write the man pages and completion scripts into a directory (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;init'= {
            cand --username 'The wallet owner''s username [default: $USER]'
            cand --base-currency 'The currency limits and totals are kept in (ISO 4217)'
            cand --tz 'The wallet''s time zone, fixed at init (IANA name) [default: the system''s zone]'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --sandbox 'Make a sandbox wallet: a test clock and test controls (`okpay sandbox`)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;login'= {
            cand --username 'Also check the username'
            cand --ttl 'How long the session lives: 90s, 15m, 2h … at most 12h'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --raw 'Print the bare token and a newline instead of an export line'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;password'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand change 'Change the password: the wallet key is re-wrapped and every other session ends. The current password, then the new one, from prompts (the new one twice) or as two lines of standard input with --password-stdin; the new one must pass the strength policy'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;password;change'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --rotate-key 'Also replace the wallet key itself: every secret is re-encrypted and the whole ledger re-sealed under a fresh key, in one transaction, and every session ends (use it when the key may have leaked, e.g. a session token was exposed)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;password;help'= {
            cand change 'Change the password: the wallet key is re-wrapped and every other session ends. The current password, then the new one, from prompts (the new one twice) or as two lines of standard input with --password-stdin; the new one must pass the strength policy'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;password;help;change'= {
        }
        &'okpay;password;help;help'= {
        }
        &'okpay;2fa'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand enable 'Start: a new secret for your authenticator app, shown as an otpauth:// URI, a QR code and Base32 text; it is on once `2fa confirm` checks a first code'
            cand confirm 'Turn 2FA on with the first code the app shows; prints 10 single-use recovery codes once'
            cand status 'Whether 2FA is on, and how many recovery codes are left (no unlocking)'
            cand disable 'Turn 2FA off: needs the password and a code (--otp) or a recovery code'
            cand recovery-codes 'Recovery codes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;2fa;enable'= {
            cand --qr-png 'Also write the QR code as a PNG image to FILE (0600)'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;2fa;confirm'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;2fa;status'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;2fa;disable'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;2fa;recovery-codes'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --regenerate 'Replace every recovery code with 10 new ones (needs the password and a code)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;2fa;help'= {
            cand enable 'Start: a new secret for your authenticator app, shown as an otpauth:// URI, a QR code and Base32 text; it is on once `2fa confirm` checks a first code'
            cand confirm 'Turn 2FA on with the first code the app shows; prints 10 single-use recovery codes once'
            cand status 'Whether 2FA is on, and how many recovery codes are left (no unlocking)'
            cand disable 'Turn 2FA off: needs the password and a code (--otp) or a recovery code'
            cand recovery-codes 'Recovery codes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;2fa;help;enable'= {
        }
        &'okpay;2fa;help;confirm'= {
        }
        &'okpay;2fa;help;status'= {
        }
        &'okpay;2fa;help;disable'= {
        }
        &'okpay;2fa;help;recovery-codes'= {
        }
        &'okpay;2fa;help;help'= {
        }
        &'okpay;logout'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --all 'End every session, not only the one in OKPAY_SESSION'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;status'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;balance'= {
            cand --currency 'Only this currency'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;source'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a funding source (needs the wallet unlocked); its details are checked at entry'
            cand list 'List funding sources, always masked'
            cand remove 'Remove a funding source; transactions that used it keep naming it'
            cand providers 'The supported online platforms and third-party providers, with their fees'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;source;add'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand card 'A credit or debit card. The number and CVC are asked for (hidden), or read as two lines with --details-stdin; never flags. okpay keeps the rail''s token, the brand, the last four digits and the expiry; never the number or the CVC'
            cand bank 'A bank account: an IBAN (spaces and any letter case accepted) or a domestic account number with the bank''s name. Bank transfers arrive the next business day at 10:00'
            cand platform 'An online payment platform account (see `okpay source providers`)'
            cand third-party 'A third-party payment provider account, by e-mail (see `okpay source providers`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;source;add;card'= {
            cand --holder 'The name on the card'
            cand --expiry 'The expiry month, MM/YY'
            cand --type 'Debit or credit'
            cand --currency 'The card''s currency [default: the base currency]'
            cand --label 'A name for the source'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --details-stdin 'Read the card number and the CVC from standard input, one per line (after the password line when --password-stdin is also given)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;source;add;bank'= {
            cand --holder 'The account holder''s name'
            cand --iban 'The IBAN (checksum, length and format checked against the IBAN registry)'
            cand --account 'A domestic account number (with --bank)'
            cand --bank 'The bank''s name (with --account)'
            cand --currency 'The account''s currency [default: the base currency]'
            cand --label 'A name for the source'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;source;add;platform'= {
            cand --provider 'The platform: alipay, wechatpay or unionpay'
            cand --account 'Your account id on the platform'
            cand --currency 'The account''s currency [default: the base currency]'
            cand --label 'A name for the source'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;source;add;third-party'= {
            cand --provider 'The provider: paypal or wise'
            cand --email 'The e-mail address of your account there'
            cand --currency 'The account''s currency [default: the base currency]'
            cand --label 'A name for the source'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;source;add;help'= {
            cand card 'A credit or debit card. The number and CVC are asked for (hidden), or read as two lines with --details-stdin; never flags. okpay keeps the rail''s token, the brand, the last four digits and the expiry; never the number or the CVC'
            cand bank 'A bank account: an IBAN (spaces and any letter case accepted) or a domestic account number with the bank''s name. Bank transfers arrive the next business day at 10:00'
            cand platform 'An online payment platform account (see `okpay source providers`)'
            cand third-party 'A third-party payment provider account, by e-mail (see `okpay source providers`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;source;add;help;card'= {
        }
        &'okpay;source;add;help;bank'= {
        }
        &'okpay;source;add;help;platform'= {
        }
        &'okpay;source;add;help;third-party'= {
        }
        &'okpay;source;add;help;help'= {
        }
        &'okpay;source;list'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --all 'Include removed sources'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;source;remove'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;source;providers'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;source;help'= {
            cand add 'Add a funding source (needs the wallet unlocked); its details are checked at entry'
            cand list 'List funding sources, always masked'
            cand remove 'Remove a funding source; transactions that used it keep naming it'
            cand providers 'The supported online platforms and third-party providers, with their fees'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;source;help;add'= {
            cand card 'A credit or debit card. The number and CVC are asked for (hidden), or read as two lines with --details-stdin; never flags. okpay keeps the rail''s token, the brand, the last four digits and the expiry; never the number or the CVC'
            cand bank 'A bank account: an IBAN (spaces and any letter case accepted) or a domestic account number with the bank''s name. Bank transfers arrive the next business day at 10:00'
            cand platform 'An online payment platform account (see `okpay source providers`)'
            cand third-party 'A third-party payment provider account, by e-mail (see `okpay source providers`)'
        }
        &'okpay;source;help;add;card'= {
        }
        &'okpay;source;help;add;bank'= {
        }
        &'okpay;source;help;add;platform'= {
        }
        &'okpay;source;help;add;third-party'= {
        }
        &'okpay;source;help;list'= {
        }
        &'okpay;source;help;remove'= {
        }
        &'okpay;source;help;providers'= {
        }
        &'okpay;source;help;help'= {
        }
        &'okpay;topup'= {
            cand --currency 'The currency [default: the source''s]'
            cand --source 'The funding source (src_…; see `okpay source list`)'
            cand --retry 'Retry a failed top-up with the same details, as a new attempt linked to it'
            cand --idempotency-key 'Make the request safe to repeat: the same key replays the first outcome'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;pay'= {
            cand --currency 'The currency [default: the base currency]'
            cand --merchant 'The merchant: an id (mer_…) or a name'
            cand --order 'The merchant''s order id; an order already paid there is refused (see --allow-duplicate)'
            cand --item 'A line of the order, NAME:QTY:PRICE (repeat for more lines)'
            cand --memo 'A note for your records'
            cand --from-currency 'Pay from the balance in this currency, converting at the current rate less the spread [default: the payment''s currency, or the base currency when that holds too little]'
            cand --request 'A payment request as JSON: {"merchant", "amount", "currency", "order", "memo", "items": [{"name", "quantity", "unit_price"}]}; - reads stdin'
            cand --idempotency-key 'Make the request safe to repeat: the same key replays the first outcome'
            cand --qr 'Pay the okpay:pay? request in the QR code of a PNG or JPEG image (a screenshot, a photo)'
            cand --batch 'Many payments: CSV with a header naming merchant,amount,currency,order,memo,items (items as NAME:QTY:PRICE;…), or JSONL (one --request document a line); - reads stdin. One result line each, in input order'
            cand --format 'The result lines of --batch: {"line", "status", "transaction"?, "error"?} as JSONL, or CSV [default: jsonl]'
            cand --chunk 'Payments committed durably together by --batch (a kill loses at most this many unacknowledged lines) [default: 1000]'
            cand --idempotency-prefix 'Line N of --batch pays under the idempotency key P:N, so running the same input again pays only what is left'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --allow-duplicate 'Pay even if this order id was already paid at this merchant'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;request'= {
            cand --merchant 'The merchant asking to be paid (its name, as the payer''s wallet knows it)'
            cand --amount 'The amount (may be left out with --item: the items'' total)'
            cand --currency 'The currency [default: the wallet''s base currency]'
            cand --order 'The merchant''s order id'
            cand --item 'A line of the order, NAME:QTY:PRICE (repeat for more lines)'
            cand --memo 'A note shown to the payer'
            cand --expires 'When the request stops being payable: a duration from now (15m, 2h, 1d), an RFC 3339 time, or a date (midnight in the wallet''s zone)'
            cand --sign-key 'Sign the request with this Ed25519 private key, a PKCS#8 PEM file (`openssl genpkey -algorithm ed25519 -out merchant.pem`)'
            cand --png 'Write the QR code as a PNG image to FILE (instead of drawing it)'
            cand --svg 'Write the QR code as an SVG image to FILE (instead of drawing it)'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;transfer'= {
            cand --currency 'The currency [default: the source''s, or the base currency for an IBAN]'
            cand --to 'Your bank source (id, unique id prefix or label), or someone else''s IBAN (with --name)'
            cand --name 'The account holder''s name (required with an IBAN)'
            cand --memo 'A note for your records (at most 200 characters)'
            cand --idempotency-key 'Make the request safe to repeat: the same key replays the first outcome'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;refund'= {
            cand --amount 'How much the merchant refunded [default: all that is left]'
            cand --reason 'Why'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;merchant'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a merchant'
            cand list 'List merchants'
            cand block 'Block a merchant: payments to it are declined'
            cand unblock 'Unblock a merchant'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;merchant;add'= {
            cand --category 'A category, for reports'
            cand --currency 'A currency it takes (repeat for more) [default: every currency]'
            cand --verify-key 'Its Ed25519 public key: the raw 32 bytes in base64, or a PEM PUBLIC KEY file. Its payment requests must then be signed with the matching private key (`okpay request --sign-key`)'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --no-okpay 'The merchant does not accept okpay (payments are declined)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;merchant;list'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;merchant;block'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;merchant;unblock'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;merchant;help'= {
            cand add 'Add a merchant'
            cand list 'List merchants'
            cand block 'Block a merchant: payments to it are declined'
            cand unblock 'Unblock a merchant'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;merchant;help;add'= {
        }
        &'okpay;merchant;help;list'= {
        }
        &'okpay;merchant;help;block'= {
        }
        &'okpay;merchant;help;unblock'= {
        }
        &'okpay;merchant;help;help'= {
        }
        &'okpay;limits'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Change limits: a lower amount applies at once; a higher one needs the password again (a step-up) and applies 24 hours later'
            cand cancel 'Withdraw every pending raise (the limits in force stay as they are)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;limits;set'= {
            cand --per-transaction 'The largest single payment, in the base currency'
            cand --daily 'The most paid in one calendar day of the wallet''s zone'
            cand --monthly 'The most paid in one calendar month of the wallet''s zone'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;limits;cancel'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;limits;help'= {
            cand set 'Change limits: a lower amount applies at once; a higher one needs the password again (a step-up) and applies 24 hours later'
            cand cancel 'Withdraw every pending raise (the limits in force stay as they are)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;limits;help;set'= {
        }
        &'okpay;limits;help;cancel'= {
        }
        &'okpay;limits;help;help'= {
        }
        &'okpay;risk'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand rules 'List every rule: on or off, its settings, and how often it fired (no unlocking needed)'
            cand set 'Change a rule or the thresholds: `risk set velocity count=3 window=15m`, `risk set night_large enabled=false`, `risk set thresholds highest=80`. Tightening applies at once; loosening (switching a rule off, a higher amount or count, a shorter window, a lower score, a higher threshold) needs the password again (a step-up)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;risk;rules'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;risk;set'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;risk;help'= {
            cand rules 'List every rule: on or off, its settings, and how often it fired (no unlocking needed)'
            cand set 'Change a rule or the thresholds: `risk set velocity count=3 window=15m`, `risk set night_large enabled=false`, `risk set thresholds highest=80`. Tightening applies at once; loosening (switching a rule off, a higher amount or count, a shorter window, a lower score, a higher threshold) needs the password again (a step-up)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;risk;help;rules'= {
        }
        &'okpay;risk;help;set'= {
        }
        &'okpay;risk;help;help'= {
        }
        &'okpay;fx'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand rates 'List the exchange rates: each with its date and source, and whether it is stale (no unlocking needed)'
            cand set 'Set a rate: 1 BASE = RATE QUOTE, dated today (it replaces the pair''s rate both ways)'
            cand import 'Import rates from a file, recognised from its content: a CSV of date,base,quote,rate, or the European Central Bank''s euro reference rates (daily or historical CSV, or XML)'
            cand spread 'Set the spread charged on conversions, in percent (default 0.5; at most 10); needs the password again (a step-up)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;fx;rates'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;fx;set'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;fx;import'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;fx;spread'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;fx;help'= {
            cand rates 'List the exchange rates: each with its date and source, and whether it is stale (no unlocking needed)'
            cand set 'Set a rate: 1 BASE = RATE QUOTE, dated today (it replaces the pair''s rate both ways)'
            cand import 'Import rates from a file, recognised from its content: a CSV of date,base,quote,rate, or the European Central Bank''s euro reference rates (daily or historical CSV, or XML)'
            cand spread 'Set the spread charged on conversions, in percent (default 0.5; at most 10); needs the password again (a step-up)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;fx;help;rates'= {
        }
        &'okpay;fx;help;set'= {
        }
        &'okpay;fx;help;import'= {
        }
        &'okpay;fx;help;spread'= {
        }
        &'okpay;fx;help;help'= {
        }
        &'okpay;convert'= {
            cand --from 'The balance to convert from'
            cand --to 'The balance to convert to'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --to-amount 'AMOUNT is what must arrive in TO: the least FROM amount that gives it is taken'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'okpay;history'= {
            cand --from 'Only transactions from this time: RFC 3339, YYYY-MM-DD or YYYY-MM in the wallet''s zone, or today, yesterday, this-month, last-month, this-year'
            cand --to 'Only transactions up to this time (a date, month or word includes the whole of it)'
            cand --kind 'Only this kind: topup, payment, refund, conversion, transfer, settlement'
            cand --status 'Only this status: pending, succeeded, failed, declined, partially_refunded, refunded'
            cand --merchant 'Only this merchant: its id, its name (any letter case) or a unique prefix of it'
            cand --currency 'Only this currency'
            cand --min 'Only amounts at least this large'
            cand --max 'Only amounts at most this large'
            cand --search 'Only transactions whose id, memo, order, merchant, source or items contain TEXT'
            cand --limit 'How many to show'
            cand --format 'Output format (--json means --format json)'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --all 'Show every matching transaction'
            cand --links 'Show a bank top-up and its settlement as the separate, linked transactions they are (by default they are one row whose status moves), with every row''s links'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;receipt'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;export'= {
            cand --format 'The format'
            cand --from 'Only transactions at or after this time (RFC 3339, or YYYY-MM-DD in the wallet''s zone)'
            cand --to 'Only transactions before this time (a date includes that day)'
            cand -o 'Write to FILE (replaced whole, readable only by you) instead of standard output'
            cand --output 'Write to FILE (replaced whole, readable only by you) instead of standard output'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'okpay;import'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;statement'= {
            cand --month 'The month, YYYY-MM (in the wallet''s zone)'
            cand --currency 'Only this currency'
            cand --format 'Output format (--json means --format json)'
            cand -o 'Write to FILE (replaced whole, readable only by you) instead of standard output'
            cand --output 'Write to FILE (replaced whole, readable only by you) instead of standard output'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'okpay;report'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand spending 'Spending (payments net of their refunds) by merchant, category, month or day, with a bar chart in the terminal'
            cand balance 'The available balance at the end of each day, per currency, as a sparkline'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;report;spending'= {
            cand --by 'How to group the payments'
            cand --from 'From this time: RFC 3339, YYYY-MM-DD, YYYY-MM, or today, yesterday, this-month, last-month, this-year (default: this month)'
            cand --to 'Up to this time (a date, month or word includes the whole of it)'
            cand --format 'Output format (--json means --format json)'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;report;balance'= {
            cand --currency 'Only this currency'
            cand --from 'From this day (default: the start of this month)'
            cand --to 'Up to this day, included (default: the end of this month)'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;report;help'= {
            cand spending 'Spending (payments net of their refunds) by merchant, category, month or day, with a bar chart in the terminal'
            cand balance 'The available balance at the end of each day, per currency, as a sparkline'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;report;help;spending'= {
        }
        &'okpay;report;help;balance'= {
        }
        &'okpay;report;help;help'= {
        }
        &'okpay;verify'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --accept 'After deliberately putting an older copy of the wallet back: verify it with the password and accept it as the current state (re-anchor this machine''s rollback anchor)'
            cand --deep 'SQLite''s full `integrity_check` (every index entry matched to its row) instead of the default `quick_check` (every page and b-tree): N log N instead of linear, about twice as long on a large wallet'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;backup'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --force 'Replace FILE if it exists'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;restore'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;security'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand events 'List the security log, newest first: logins, failed logins, lock-outs, sessions, source and merchant changes, freezes, risk challenges and blocks, backups and restores (no unlocking needed)'
            cand freeze 'Freeze the wallet at once, without unlocking: every money movement (pay, topup, refund…) is refused with `frozen` (exit 4) until `security unfreeze`; reading keeps working'
            cand unfreeze 'Lift a freeze: needs the password again even inside a session (--password-stdin, --password-file, OKPAY_PASSWORD or a prompt), else `step_up_required` (exit 3)'
            cand check 'Audit the wallet: file permissions, two-factor authentication, password age, open sessions, recent risk blocks, backups, the rollback anchor, the freeze (no unlocking needed; findings are not errors: exit 0)'
            cand lockdown '"I see a transaction I do not recognise": freeze money movements, end every session, change the password (current then new: prompts, or two lines with --password-stdin), and hand out one fresh session; then say how to report it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;security;events'= {
            cand --kind 'Only events of this kind (repeat for several; see the list below)'
            cand --since 'Only events at or after this time (RFC 3339, or YYYY-MM-DD in the wallet''s zone)'
            cand --limit 'How many events to show, newest first (1 to 1000)'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;security;freeze'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;security;unfreeze'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;security;check'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;security;lockdown'= {
            cand --ttl 'How long the fresh session lives: 90s, 15m, 2h … at most 12h'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --rotate-key 'Also replace the wallet key (every secret re-encrypted, the ledger re-sealed)'
            cand --raw 'Print the bare token and a newline instead of an export line'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;security;help'= {
            cand events 'List the security log, newest first: logins, failed logins, lock-outs, sessions, source and merchant changes, freezes, risk challenges and blocks, backups and restores (no unlocking needed)'
            cand freeze 'Freeze the wallet at once, without unlocking: every money movement (pay, topup, refund…) is refused with `frozen` (exit 4) until `security unfreeze`; reading keeps working'
            cand unfreeze 'Lift a freeze: needs the password again even inside a session (--password-stdin, --password-file, OKPAY_PASSWORD or a prompt), else `step_up_required` (exit 3)'
            cand check 'Audit the wallet: file permissions, two-factor authentication, password age, open sessions, recent risk blocks, backups, the rollback anchor, the freeze (no unlocking needed; findings are not errors: exit 0)'
            cand lockdown '"I see a transaction I do not recognise": freeze money movements, end every session, change the password (current then new: prompts, or two lines with --password-stdin), and hand out one fresh session; then say how to report it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;security;help;events'= {
        }
        &'okpay;security;help;freeze'= {
        }
        &'okpay;security;help;unfreeze'= {
        }
        &'okpay;security;help;check'= {
        }
        &'okpay;security;help;lockdown'= {
        }
        &'okpay;security;help;help'= {
        }
        &'okpay;sandbox'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand clock 'Show or move the test clock: it stands still until moved, and only moves forward'
            cand source 'Set a source''s simulated external balance (default 10,000.00 in its currency)'
            cand rail 'Take a simulated rail down (top-ups through it fail with rail_unavailable) or up'
            cand maintenance 'Put the wallet in maintenance (money movements refused with `maintenance`) or out, or schedule a maintenance window with a start, an end and a note'
            cand generate 'Record N generated transactions (for benchmarks): top-ups (card, EUR card, bank settled or returned), payments, declines and refunds'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;sandbox;clock'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'Print the test clock (the default)'
            cand set 'Move the clock to TIME (RFC 3339, or YYYY-MM-DD in the wallet''s zone); never backwards'
            cand advance 'Move the clock forward by DURATION (90s, 15m, 2h, 1d)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;sandbox;clock;show'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;sandbox;clock;set'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;sandbox;clock;advance'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;sandbox;clock;help'= {
            cand show 'Print the test clock (the default)'
            cand set 'Move the clock to TIME (RFC 3339, or YYYY-MM-DD in the wallet''s zone); never backwards'
            cand advance 'Move the clock forward by DURATION (90s, 15m, 2h, 1d)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;sandbox;clock;help;show'= {
        }
        &'okpay;sandbox;clock;help;set'= {
        }
        &'okpay;sandbox;clock;help;advance'= {
        }
        &'okpay;sandbox;clock;help;help'= {
        }
        &'okpay;sandbox;source'= {
            cand --balance 'The new simulated balance'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;sandbox;rail'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --down 'Take it down'
            cand --up 'Bring it back up'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;sandbox;maintenance'= {
            cand --from 'Schedule a window starting at TIME (RFC 3339, or YYYY-MM-DD at midnight in the wallet''s zone); with --until'
            cand --until 'When the window is expected to end (at most 30 days after --from)'
            cand --note 'What the announcement says, in one line'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --on 'Start maintenance now, with no end announced'
            cand --off 'End maintenance (and any scheduled window)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;sandbox;generate'= {
            cand --transactions 'How many transactions to make (at most 10,000,000)'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;sandbox;help'= {
            cand clock 'Show or move the test clock: it stands still until moved, and only moves forward'
            cand source 'Set a source''s simulated external balance (default 10,000.00 in its currency)'
            cand rail 'Take a simulated rail down (top-ups through it fail with rail_unavailable) or up'
            cand maintenance 'Put the wallet in maintenance (money movements refused with `maintenance`) or out, or schedule a maintenance window with a start, an end and a note'
            cand generate 'Record N generated transactions (for benchmarks): top-ups (card, EUR card, bank settled or returned), payments, declines and refunds'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;sandbox;help;clock'= {
            cand show 'Print the test clock (the default)'
            cand set 'Move the clock to TIME (RFC 3339, or YYYY-MM-DD in the wallet''s zone); never backwards'
            cand advance 'Move the clock forward by DURATION (90s, 15m, 2h, 1d)'
        }
        &'okpay;sandbox;help;clock;show'= {
        }
        &'okpay;sandbox;help;clock;set'= {
        }
        &'okpay;sandbox;help;clock;advance'= {
        }
        &'okpay;sandbox;help;source'= {
        }
        &'okpay;sandbox;help;rail'= {
        }
        &'okpay;sandbox;help;maintenance'= {
        }
        &'okpay;sandbox;help;generate'= {
        }
        &'okpay;sandbox;help;help'= {
        }
        &'okpay;support'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand faq 'The offline help centre: list the articles, search them, or show one (in --lang)'
            cand contact 'Where support can be reached: help centre, e-mail, live chat, social accounts'
            cand news 'Announcements: maintenance windows (scheduled, in progress, ended) and notices'
            cand ticket 'Support tickets: what support needs, and nothing it must not see'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;support;faq'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'Print one article, formatted for the terminal, in the language of --lang'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;support;faq;show'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;support;faq;help'= {
            cand show 'Print one article, formatted for the terminal, in the language of --lang'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;support;faq;help;show'= {
        }
        &'okpay;support;faq;help;help'= {
        }
        &'okpay;support;contact'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Change a channel (needs the wallet unlocked); setting its default value resets it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;support;contact;set'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;support;contact;help'= {
            cand set 'Change a channel (needs the wallet unlocked); setting its default value resets it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;support;contact;help;set'= {
        }
        &'okpay;support;contact;help;help'= {
        }
        &'okpay;support;news'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;support;ticket'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand new 'Open a ticket (needs the wallet unlocked): a subject, a description, the transactions it is about, and screenshots or other files'
            cand list 'List tickets, newest first (no unlocking)'
            cand show 'Show one ticket: its messages, attachments and transactions (no unlocking)'
            cand reply 'Add a message (and files) to an open ticket (needs the wallet unlocked)'
            cand close 'Close a ticket (needs the wallet unlocked)'
            cand attachment 'Write attachment N of a ticket back to a file, byte for byte (needs the wallet unlocked)'
            cand export 'Write the ticket as an e-mail to the support address (RFC 5322, MIME, attachments in base64), ready for `sendmail -t` or a mail client (needs the wallet unlocked)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;support;ticket;new'= {
            cand --subject 'What the problem is, in one line'
            cand --body 'The description'
            cand --body-file 'Read the description from FILE (- for standard input, after the password line when --password-stdin is also given)'
            cand --tx 'A transaction the ticket is about (repeat for several, at most 10)'
            cand --attach 'A file to attach: PNG, JPEG, PDF or text, at most 10 MiB (repeat, at most 5)'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;support;ticket;list'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;support;ticket;show'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;support;ticket;reply'= {
            cand --body 'The message'
            cand --body-file 'Read the message from FILE (- for standard input)'
            cand --attach 'A file to attach (repeat, at most 5)'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;support;ticket;close'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;support;ticket;attachment'= {
            cand -o 'Where to write it (0600; - for standard output)'
            cand --output 'Where to write it (0600; - for standard output)'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;support;ticket;export'= {
            cand -o 'Where to write the message, e.g. ticket.eml (0600; - for standard output)'
            cand --output 'Where to write the message, e.g. ticket.eml (0600; - for standard output)'
            cand --from 'Your e-mail address, for the From header [default: okpay@localhost, which a mail client replaces with yours]'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;support;ticket;help'= {
            cand new 'Open a ticket (needs the wallet unlocked): a subject, a description, the transactions it is about, and screenshots or other files'
            cand list 'List tickets, newest first (no unlocking)'
            cand show 'Show one ticket: its messages, attachments and transactions (no unlocking)'
            cand reply 'Add a message (and files) to an open ticket (needs the wallet unlocked)'
            cand close 'Close a ticket (needs the wallet unlocked)'
            cand attachment 'Write attachment N of a ticket back to a file, byte for byte (needs the wallet unlocked)'
            cand export 'Write the ticket as an e-mail to the support address (RFC 5322, MIME, attachments in base64), ready for `sendmail -t` or a mail client (needs the wallet unlocked)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;support;ticket;help;new'= {
        }
        &'okpay;support;ticket;help;list'= {
        }
        &'okpay;support;ticket;help;show'= {
        }
        &'okpay;support;ticket;help;reply'= {
        }
        &'okpay;support;ticket;help;close'= {
        }
        &'okpay;support;ticket;help;attachment'= {
        }
        &'okpay;support;ticket;help;export'= {
        }
        &'okpay;support;ticket;help;help'= {
        }
        &'okpay;support;help'= {
            cand faq 'The offline help centre: list the articles, search them, or show one (in --lang)'
            cand contact 'Where support can be reached: help centre, e-mail, live chat, social accounts'
            cand news 'Announcements: maintenance windows (scheduled, in progress, ended) and notices'
            cand ticket 'Support tickets: what support needs, and nothing it must not see'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;support;help;faq'= {
            cand show 'Print one article, formatted for the terminal, in the language of --lang'
        }
        &'okpay;support;help;faq;show'= {
        }
        &'okpay;support;help;contact'= {
            cand set 'Change a channel (needs the wallet unlocked); setting its default value resets it'
        }
        &'okpay;support;help;contact;set'= {
        }
        &'okpay;support;help;news'= {
        }
        &'okpay;support;help;ticket'= {
            cand new 'Open a ticket (needs the wallet unlocked): a subject, a description, the transactions it is about, and screenshots or other files'
            cand list 'List tickets, newest first (no unlocking)'
            cand show 'Show one ticket: its messages, attachments and transactions (no unlocking)'
            cand reply 'Add a message (and files) to an open ticket (needs the wallet unlocked)'
            cand close 'Close a ticket (needs the wallet unlocked)'
            cand attachment 'Write attachment N of a ticket back to a file, byte for byte (needs the wallet unlocked)'
            cand export 'Write the ticket as an e-mail to the support address (RFC 5322, MIME, attachments in base64), ready for `sendmail -t` or a mail client (needs the wallet unlocked)'
        }
        &'okpay;support;help;ticket;new'= {
        }
        &'okpay;support;help;ticket;list'= {
        }
        &'okpay;support;help;ticket;show'= {
        }
        &'okpay;support;help;ticket;reply'= {
        }
        &'okpay;support;help;ticket;close'= {
        }
        &'okpay;support;help;ticket;attachment'= {
        }
        &'okpay;support;help;ticket;export'= {
        }
        &'okpay;support;help;help'= {
        }
        &'okpay;demo'= {
            cand --keep 'Keep the demo wallet in this directory instead of a throw-away one'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;completions'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;generate-docs'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --otp 'A one-time code from your authenticator app, once two-factor authentication is on'
            cand --recovery-code 'A single-use recovery code, in place of a one-time code'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --wide 'Show ids in full in tables (piped output and JSON always have them in full)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'okpay;help'= {
            cand init 'Create a new wallet (the password is asked twice, or read with --password-stdin/--password-file)'
            cand login 'Unlock once and start a session: prints `export OKPAY_SESSION=…`'
            cand password 'Change the password (current, then new: prompts, or two lines with --password-stdin)'
            cand 2fa 'Two-factor authentication with an authenticator app (TOTP): enable, confirm, status, disable, recovery codes'
            cand logout 'End the session in OKPAY_SESSION, or every session with --all'
            cand status 'Show the wallet: locked or unlocked, session expiry, sandbox or not, time zone'
            cand balance 'Show available and pending money per currency, and the total in the base currency'
            cand source 'Funding sources: cards, bank accounts, online platforms, third-party providers'
            cand topup 'Put money into the wallet from a funding source (asks to confirm; --yes in scripts)'
            cand pay 'Pay a merchant: by flags, a JSON payment request (--request), an okpay:pay? URI, or a QR code in an image (--qr)'
            cand request 'Make a payment request: print its okpay:pay? URI and draw its QR code (no unlocking)'
            cand transfer 'Send money out on the bank rail: to your own bank source or to an IBAN (asks to confirm; --yes in scripts)'
            cand refund 'Record a merchant''s full or partial refund of a payment'
            cand merchant 'Merchants: add, list, block, unblock'
            cand limits 'Spending limits in the base currency: show them, lower or raise them, cancel a raise'
            cand risk 'Risk monitoring: the rules that score every payment, their settings, how often they fired'
            cand fx 'Exchange rates: list, set and import them, and set the conversion spread'
            cand convert 'Convert money between two of your balances, at the current rate less the spread. Shows the quote (rate, its date, spread, both amounts) and asks to confirm (--yes in scripts).'
            cand history 'List transactions, newest first'
            cand receipt 'Show one transaction in full'
            cand export 'Write every transaction out as okpay CSV or JSON, an hledger journal or a beancount file'
            cand import 'Read okpay''s CSV export back in (idempotent by transaction id; all or nothing)'
            cand statement 'A monthly statement: opening balance, every movement, fees, closing balance'
            cand report 'Reports: spending by merchant, category, month or day as a bar chart; the balance over time as a sparkline'
            cand verify 'Check the wallet''s integrity (exit 13 on damage, tampering or a rollback); unlocked, also the HMAC chain and every sealed row'
            cand backup 'Write a consistent copy of the wallet to FILE (0600, sessions left out), even while other okpay processes are writing to it'
            cand restore 'Replace the wallet with a backup, after checking it with the password (asks to confirm; --yes in scripts)'
            cand security 'The security centre: the security log, an emergency freeze, a self-audit'
            cand sandbox 'Test controls of sandbox wallets (made with `init --sandbox`)'
            cand support 'Help, even offline: the help centre, contact channels, announcements and support tickets'
            cand demo 'A narrated tour in a throw-away sandbox wallet'
            cand completions 'Print a shell completion script'
            cand generate-docs 'Write the man pages and completion scripts into a directory (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;help;init'= {
        }
        &'okpay;help;login'= {
        }
        &'okpay;help;password'= {
            cand change 'Change the password: the wallet key is re-wrapped and every other session ends. The current password, then the new one, from prompts (the new one twice) or as two lines of standard input with --password-stdin; the new one must pass the strength policy'
        }
        &'okpay;help;password;change'= {
        }
        &'okpay;help;2fa'= {
            cand enable 'Start: a new secret for your authenticator app, shown as an otpauth:// URI, a QR code and Base32 text; it is on once `2fa confirm` checks a first code'
            cand confirm 'Turn 2FA on with the first code the app shows; prints 10 single-use recovery codes once'
            cand status 'Whether 2FA is on, and how many recovery codes are left (no unlocking)'
            cand disable 'Turn 2FA off: needs the password and a code (--otp) or a recovery code'
            cand recovery-codes 'Recovery codes'
        }
        &'okpay;help;2fa;enable'= {
        }
        &'okpay;help;2fa;confirm'= {
        }
        &'okpay;help;2fa;status'= {
        }
        &'okpay;help;2fa;disable'= {
        }
        &'okpay;help;2fa;recovery-codes'= {
        }
        &'okpay;help;logout'= {
        }
        &'okpay;help;status'= {
        }
        &'okpay;help;balance'= {
        }
        &'okpay;help;source'= {
            cand add 'Add a funding source (needs the wallet unlocked); its details are checked at entry'
            cand list 'List funding sources, always masked'
            cand remove 'Remove a funding source; transactions that used it keep naming it'
            cand providers 'The supported online platforms and third-party providers, with their fees'
        }
        &'okpay;help;source;add'= {
            cand card 'A credit or debit card. The number and CVC are asked for (hidden), or read as two lines with --details-stdin; never flags. okpay keeps the rail''s token, the brand, the last four digits and the expiry; never the number or the CVC'
            cand bank 'A bank account: an IBAN (spaces and any letter case accepted) or a domestic account number with the bank''s name. Bank transfers arrive the next business day at 10:00'
            cand platform 'An online payment platform account (see `okpay source providers`)'
            cand third-party 'A third-party payment provider account, by e-mail (see `okpay source providers`)'
        }
        &'okpay;help;source;add;card'= {
        }
        &'okpay;help;source;add;bank'= {
        }
        &'okpay;help;source;add;platform'= {
        }
        &'okpay;help;source;add;third-party'= {
        }
        &'okpay;help;source;list'= {
        }
        &'okpay;help;source;remove'= {
        }
        &'okpay;help;source;providers'= {
        }
        &'okpay;help;topup'= {
        }
        &'okpay;help;pay'= {
        }
        &'okpay;help;request'= {
        }
        &'okpay;help;transfer'= {
        }
        &'okpay;help;refund'= {
        }
        &'okpay;help;merchant'= {
            cand add 'Add a merchant'
            cand list 'List merchants'
            cand block 'Block a merchant: payments to it are declined'
            cand unblock 'Unblock a merchant'
        }
        &'okpay;help;merchant;add'= {
        }
        &'okpay;help;merchant;list'= {
        }
        &'okpay;help;merchant;block'= {
        }
        &'okpay;help;merchant;unblock'= {
        }
        &'okpay;help;limits'= {
            cand set 'Change limits: a lower amount applies at once; a higher one needs the password again (a step-up) and applies 24 hours later'
            cand cancel 'Withdraw every pending raise (the limits in force stay as they are)'
        }
        &'okpay;help;limits;set'= {
        }
        &'okpay;help;limits;cancel'= {
        }
        &'okpay;help;risk'= {
            cand rules 'List every rule: on or off, its settings, and how often it fired (no unlocking needed)'
            cand set 'Change a rule or the thresholds: `risk set velocity count=3 window=15m`, `risk set night_large enabled=false`, `risk set thresholds highest=80`. Tightening applies at once; loosening (switching a rule off, a higher amount or count, a shorter window, a lower score, a higher threshold) needs the password again (a step-up)'
        }
        &'okpay;help;risk;rules'= {
        }
        &'okpay;help;risk;set'= {
        }
        &'okpay;help;fx'= {
            cand rates 'List the exchange rates: each with its date and source, and whether it is stale (no unlocking needed)'
            cand set 'Set a rate: 1 BASE = RATE QUOTE, dated today (it replaces the pair''s rate both ways)'
            cand import 'Import rates from a file, recognised from its content: a CSV of date,base,quote,rate, or the European Central Bank''s euro reference rates (daily or historical CSV, or XML)'
            cand spread 'Set the spread charged on conversions, in percent (default 0.5; at most 10); needs the password again (a step-up)'
        }
        &'okpay;help;fx;rates'= {
        }
        &'okpay;help;fx;set'= {
        }
        &'okpay;help;fx;import'= {
        }
        &'okpay;help;fx;spread'= {
        }
        &'okpay;help;convert'= {
        }
        &'okpay;help;history'= {
        }
        &'okpay;help;receipt'= {
        }
        &'okpay;help;export'= {
        }
        &'okpay;help;import'= {
        }
        &'okpay;help;statement'= {
        }
        &'okpay;help;report'= {
            cand spending 'Spending (payments net of their refunds) by merchant, category, month or day, with a bar chart in the terminal'
            cand balance 'The available balance at the end of each day, per currency, as a sparkline'
        }
        &'okpay;help;report;spending'= {
        }
        &'okpay;help;report;balance'= {
        }
        &'okpay;help;verify'= {
        }
        &'okpay;help;backup'= {
        }
        &'okpay;help;restore'= {
        }
        &'okpay;help;security'= {
            cand events 'List the security log, newest first: logins, failed logins, lock-outs, sessions, source and merchant changes, freezes, risk challenges and blocks, backups and restores (no unlocking needed)'
            cand freeze 'Freeze the wallet at once, without unlocking: every money movement (pay, topup, refund…) is refused with `frozen` (exit 4) until `security unfreeze`; reading keeps working'
            cand unfreeze 'Lift a freeze: needs the password again even inside a session (--password-stdin, --password-file, OKPAY_PASSWORD or a prompt), else `step_up_required` (exit 3)'
            cand check 'Audit the wallet: file permissions, two-factor authentication, password age, open sessions, recent risk blocks, backups, the rollback anchor, the freeze (no unlocking needed; findings are not errors: exit 0)'
            cand lockdown '"I see a transaction I do not recognise": freeze money movements, end every session, change the password (current then new: prompts, or two lines with --password-stdin), and hand out one fresh session; then say how to report it'
        }
        &'okpay;help;security;events'= {
        }
        &'okpay;help;security;freeze'= {
        }
        &'okpay;help;security;unfreeze'= {
        }
        &'okpay;help;security;check'= {
        }
        &'okpay;help;security;lockdown'= {
        }
        &'okpay;help;sandbox'= {
            cand clock 'Show or move the test clock: it stands still until moved, and only moves forward'
            cand source 'Set a source''s simulated external balance (default 10,000.00 in its currency)'
            cand rail 'Take a simulated rail down (top-ups through it fail with rail_unavailable) or up'
            cand maintenance 'Put the wallet in maintenance (money movements refused with `maintenance`) or out, or schedule a maintenance window with a start, an end and a note'
            cand generate 'Record N generated transactions (for benchmarks): top-ups (card, EUR card, bank settled or returned), payments, declines and refunds'
        }
        &'okpay;help;sandbox;clock'= {
            cand show 'Print the test clock (the default)'
            cand set 'Move the clock to TIME (RFC 3339, or YYYY-MM-DD in the wallet''s zone); never backwards'
            cand advance 'Move the clock forward by DURATION (90s, 15m, 2h, 1d)'
        }
        &'okpay;help;sandbox;clock;show'= {
        }
        &'okpay;help;sandbox;clock;set'= {
        }
        &'okpay;help;sandbox;clock;advance'= {
        }
        &'okpay;help;sandbox;source'= {
        }
        &'okpay;help;sandbox;rail'= {
        }
        &'okpay;help;sandbox;maintenance'= {
        }
        &'okpay;help;sandbox;generate'= {
        }
        &'okpay;help;support'= {
            cand faq 'The offline help centre: list the articles, search them, or show one (in --lang)'
            cand contact 'Where support can be reached: help centre, e-mail, live chat, social accounts'
            cand news 'Announcements: maintenance windows (scheduled, in progress, ended) and notices'
            cand ticket 'Support tickets: what support needs, and nothing it must not see'
        }
        &'okpay;help;support;faq'= {
            cand show 'Print one article, formatted for the terminal, in the language of --lang'
        }
        &'okpay;help;support;faq;show'= {
        }
        &'okpay;help;support;contact'= {
            cand set 'Change a channel (needs the wallet unlocked); setting its default value resets it'
        }
        &'okpay;help;support;contact;set'= {
        }
        &'okpay;help;support;news'= {
        }
        &'okpay;help;support;ticket'= {
            cand new 'Open a ticket (needs the wallet unlocked): a subject, a description, the transactions it is about, and screenshots or other files'
            cand list 'List tickets, newest first (no unlocking)'
            cand show 'Show one ticket: its messages, attachments and transactions (no unlocking)'
            cand reply 'Add a message (and files) to an open ticket (needs the wallet unlocked)'
            cand close 'Close a ticket (needs the wallet unlocked)'
            cand attachment 'Write attachment N of a ticket back to a file, byte for byte (needs the wallet unlocked)'
            cand export 'Write the ticket as an e-mail to the support address (RFC 5322, MIME, attachments in base64), ready for `sendmail -t` or a mail client (needs the wallet unlocked)'
        }
        &'okpay;help;support;ticket;new'= {
        }
        &'okpay;help;support;ticket;list'= {
        }
        &'okpay;help;support;ticket;show'= {
        }
        &'okpay;help;support;ticket;reply'= {
        }
        &'okpay;help;support;ticket;close'= {
        }
        &'okpay;help;support;ticket;attachment'= {
        }
        &'okpay;help;support;ticket;export'= {
        }
        &'okpay;help;demo'= {
        }
        &'okpay;help;completions'= {
        }
        &'okpay;help;generate-docs'= {
        }
        &'okpay;help;help'= {
        }
    ]
    $completions[$command]
}
