
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'okpay' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'okpay'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'okpay' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new wallet (the password is asked twice, or read with --password-stdin/--password-file)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Unlock once and start a session: prints `export OKPAY_SESSION=…`')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Change the password (current, then new: prompts, or two lines with --password-stdin)')
            [CompletionResult]::new('2fa', '2fa', [CompletionResultType]::ParameterValue, 'Two-factor authentication with an authenticator app (TOTP): enable, confirm, status, disable, recovery codes')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the session in OKPAY_SESSION, or every session with --all')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the wallet: locked or unlocked, session expiry, sandbox or not, time zone')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Show available and pending money per currency, and the total in the base currency')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Funding sources: cards, bank accounts, online platforms, third-party providers')
            [CompletionResult]::new('topup', 'topup', [CompletionResultType]::ParameterValue, 'Put money into the wallet from a funding source (asks to confirm; --yes in scripts)')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Pay a merchant: by flags, a JSON payment request (--request), an okpay:pay? URI, or a QR code in an image (--qr)')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Make a payment request: print its okpay:pay? URI and draw its QR code (no unlocking)')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Send money out on the bank rail: to your own bank source or to an IBAN (asks to confirm; --yes in scripts)')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Record a merchant''s full or partial refund of a payment')
            [CompletionResult]::new('merchant', 'merchant', [CompletionResultType]::ParameterValue, 'Merchants: add, list, block, unblock')
            [CompletionResult]::new('limits', 'limits', [CompletionResultType]::ParameterValue, 'Spending limits in the base currency: show them, lower or raise them, cancel a raise')
            [CompletionResult]::new('risk', 'risk', [CompletionResultType]::ParameterValue, 'Risk monitoring: the rules that score every payment, their settings, how often they fired')
            [CompletionResult]::new('fx', 'fx', [CompletionResultType]::ParameterValue, 'Exchange rates: list, set and import them, and set the conversion spread')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert money between two of your balances, at the current rate less the spread. Shows the quote (rate, its date, spread, both amounts) and asks to confirm (--yes in scripts).')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List transactions, newest first')
            [CompletionResult]::new('receipt', 'receipt', [CompletionResultType]::ParameterValue, 'Show one transaction in full')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every transaction out as okpay CSV or JSON, an hledger journal or a beancount file')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read okpay''s CSV export back in (idempotent by transaction id; all or nothing)')
            [CompletionResult]::new('statement', 'statement', [CompletionResultType]::ParameterValue, 'A monthly statement: opening balance, every movement, fees, closing balance')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: spending by merchant, category, month or day as a bar chart; the balance over time as a sparkline')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the wallet''s integrity (exit 13 on damage, tampering or a rollback); unlocked, also the HMAC chain and every sealed row')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the wallet to FILE (0600, sessions left out), even while other okpay processes are writing to it')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the wallet with a backup, after checking it with the password (asks to confirm; --yes in scripts)')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'The security centre: the security log, an emergency freeze, a self-audit')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Test controls of sandbox wallets (made with `init --sandbox`)')
            [CompletionResult]::new('support', 'support', [CompletionResultType]::ParameterValue, 'Help, even offline: the help centre, contact channels, announcements and support tickets')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'A narrated tour in a throw-away sandbox wallet')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('generate-docs', 'generate-docs', [CompletionResultType]::ParameterValue, 'Write the man pages and completion scripts into a directory (for maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;init' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'The wallet owner''s username [default: $USER]')
            [CompletionResult]::new('--base-currency', '--base-currency', [CompletionResultType]::ParameterName, 'The currency limits and totals are kept in (ISO 4217)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The wallet''s time zone, fixed at init (IANA name) [default: the system''s zone]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Make a sandbox wallet: a test clock and test controls (`okpay sandbox`)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;login' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Also check the username')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long the session lives: 90s, 15m, 2h … at most 12h')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the bare token and a newline instead of an export line')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;password' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change the password: the wallet key is re-wrapped and every other session ends. The current password, then the new one, from prompts (the new one twice) or as two lines of standard input with --password-stdin; the new one must pass the strength policy')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;password;change' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--rotate-key', '--rotate-key', [CompletionResultType]::ParameterName, 'Also replace the wallet key itself: every secret is re-encrypted and the whole ledger re-sealed under a fresh key, in one transaction, and every session ends (use it when the key may have leaked, e.g. a session token was exposed)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;password;help' {
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change the password: the wallet key is re-wrapped and every other session ends. The current password, then the new one, from prompts (the new one twice) or as two lines of standard input with --password-stdin; the new one must pass the strength policy')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;password;help;change' {
            break
        }
        'okpay;password;help;help' {
            break
        }
        'okpay;2fa' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Start: a new secret for your authenticator app, shown as an otpauth:// URI, a QR code and Base32 text; it is on once `2fa confirm` checks a first code')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Turn 2FA on with the first code the app shows; prints 10 single-use recovery codes once')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether 2FA is on, and how many recovery codes are left (no unlocking)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn 2FA off: needs the password and a code (--otp) or a recovery code')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'Recovery codes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;2fa;enable' {
            [CompletionResult]::new('--qr-png', '--qr-png', [CompletionResultType]::ParameterName, 'Also write the QR code as a PNG image to FILE (0600)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;2fa;confirm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;2fa;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;2fa;disable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;2fa;recovery-codes' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--regenerate', '--regenerate', [CompletionResultType]::ParameterName, 'Replace every recovery code with 10 new ones (needs the password and a code)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;2fa;help' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Start: a new secret for your authenticator app, shown as an otpauth:// URI, a QR code and Base32 text; it is on once `2fa confirm` checks a first code')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Turn 2FA on with the first code the app shows; prints 10 single-use recovery codes once')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether 2FA is on, and how many recovery codes are left (no unlocking)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn 2FA off: needs the password and a code (--otp) or a recovery code')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'Recovery codes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;2fa;help;enable' {
            break
        }
        'okpay;2fa;help;confirm' {
            break
        }
        'okpay;2fa;help;status' {
            break
        }
        'okpay;2fa;help;disable' {
            break
        }
        'okpay;2fa;help;recovery-codes' {
            break
        }
        'okpay;2fa;help;help' {
            break
        }
        'okpay;logout' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'End every session, not only the one in OKPAY_SESSION')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;balance' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this currency')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;source' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a funding source (needs the wallet unlocked); its details are checked at entry')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List funding sources, always masked')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a funding source; transactions that used it keep naming it')
            [CompletionResult]::new('providers', 'providers', [CompletionResultType]::ParameterValue, 'The supported online platforms and third-party providers, with their fees')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;source;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('card', 'card', [CompletionResultType]::ParameterValue, 'A credit or debit card. The number and CVC are asked for (hidden), or read as two lines with --details-stdin; never flags. okpay keeps the rail''s token, the brand, the last four digits and the expiry; never the number or the CVC')
            [CompletionResult]::new('bank', 'bank', [CompletionResultType]::ParameterValue, 'A bank account: an IBAN (spaces and any letter case accepted) or a domestic account number with the bank''s name. Bank transfers arrive the next business day at 10:00')
            [CompletionResult]::new('platform', 'platform', [CompletionResultType]::ParameterValue, 'An online payment platform account (see `okpay source providers`)')
            [CompletionResult]::new('third-party', 'third-party', [CompletionResultType]::ParameterValue, 'A third-party payment provider account, by e-mail (see `okpay source providers`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;source;add;card' {
            [CompletionResult]::new('--holder', '--holder', [CompletionResultType]::ParameterName, 'The name on the card')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'The expiry month, MM/YY')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Debit or credit')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The card''s currency [default: the base currency]')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A name for the source')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--details-stdin', '--details-stdin', [CompletionResultType]::ParameterName, 'Read the card number and the CVC from standard input, one per line (after the password line when --password-stdin is also given)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;source;add;bank' {
            [CompletionResult]::new('--holder', '--holder', [CompletionResultType]::ParameterName, 'The account holder''s name')
            [CompletionResult]::new('--iban', '--iban', [CompletionResultType]::ParameterName, 'The IBAN (checksum, length and format checked against the IBAN registry)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'A domestic account number (with --bank)')
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'The bank''s name (with --account)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The account''s currency [default: the base currency]')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A name for the source')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;source;add;platform' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform: alipay, wechatpay or unionpay')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Your account id on the platform')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The account''s currency [default: the base currency]')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A name for the source')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;source;add;third-party' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider: paypal or wise')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The e-mail address of your account there')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The account''s currency [default: the base currency]')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A name for the source')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;source;add;help' {
            [CompletionResult]::new('card', 'card', [CompletionResultType]::ParameterValue, 'A credit or debit card. The number and CVC are asked for (hidden), or read as two lines with --details-stdin; never flags. okpay keeps the rail''s token, the brand, the last four digits and the expiry; never the number or the CVC')
            [CompletionResult]::new('bank', 'bank', [CompletionResultType]::ParameterValue, 'A bank account: an IBAN (spaces and any letter case accepted) or a domestic account number with the bank''s name. Bank transfers arrive the next business day at 10:00')
            [CompletionResult]::new('platform', 'platform', [CompletionResultType]::ParameterValue, 'An online payment platform account (see `okpay source providers`)')
            [CompletionResult]::new('third-party', 'third-party', [CompletionResultType]::ParameterValue, 'A third-party payment provider account, by e-mail (see `okpay source providers`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;source;add;help;card' {
            break
        }
        'okpay;source;add;help;bank' {
            break
        }
        'okpay;source;add;help;platform' {
            break
        }
        'okpay;source;add;help;third-party' {
            break
        }
        'okpay;source;add;help;help' {
            break
        }
        'okpay;source;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include removed sources')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;source;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;source;providers' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;source;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a funding source (needs the wallet unlocked); its details are checked at entry')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List funding sources, always masked')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a funding source; transactions that used it keep naming it')
            [CompletionResult]::new('providers', 'providers', [CompletionResultType]::ParameterValue, 'The supported online platforms and third-party providers, with their fees')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;source;help;add' {
            [CompletionResult]::new('card', 'card', [CompletionResultType]::ParameterValue, 'A credit or debit card. The number and CVC are asked for (hidden), or read as two lines with --details-stdin; never flags. okpay keeps the rail''s token, the brand, the last four digits and the expiry; never the number or the CVC')
            [CompletionResult]::new('bank', 'bank', [CompletionResultType]::ParameterValue, 'A bank account: an IBAN (spaces and any letter case accepted) or a domestic account number with the bank''s name. Bank transfers arrive the next business day at 10:00')
            [CompletionResult]::new('platform', 'platform', [CompletionResultType]::ParameterValue, 'An online payment platform account (see `okpay source providers`)')
            [CompletionResult]::new('third-party', 'third-party', [CompletionResultType]::ParameterValue, 'A third-party payment provider account, by e-mail (see `okpay source providers`)')
            break
        }
        'okpay;source;help;add;card' {
            break
        }
        'okpay;source;help;add;bank' {
            break
        }
        'okpay;source;help;add;platform' {
            break
        }
        'okpay;source;help;add;third-party' {
            break
        }
        'okpay;source;help;list' {
            break
        }
        'okpay;source;help;remove' {
            break
        }
        'okpay;source;help;providers' {
            break
        }
        'okpay;source;help;help' {
            break
        }
        'okpay;topup' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The currency [default: the source''s]')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The funding source (src_…; see `okpay source list`)')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Retry a failed top-up with the same details, as a new attempt linked to it')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Make the request safe to repeat: the same key replays the first outcome')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;pay' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The currency [default: the base currency]')
            [CompletionResult]::new('--merchant', '--merchant', [CompletionResultType]::ParameterName, 'The merchant: an id (mer_…) or a name')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'The merchant''s order id; an order already paid there is refused (see --allow-duplicate)')
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'A line of the order, NAME:QTY:PRICE (repeat for more lines)')
            [CompletionResult]::new('--memo', '--memo', [CompletionResultType]::ParameterName, 'A note for your records')
            [CompletionResult]::new('--from-currency', '--from-currency', [CompletionResultType]::ParameterName, 'Pay from the balance in this currency, converting at the current rate less the spread [default: the payment''s currency, or the base currency when that holds too little]')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'A payment request as JSON: {"merchant", "amount", "currency", "order", "memo", "items": [{"name", "quantity", "unit_price"}]}; - reads stdin')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Make the request safe to repeat: the same key replays the first outcome')
            [CompletionResult]::new('--qr', '--qr', [CompletionResultType]::ParameterName, 'Pay the okpay:pay? request in the QR code of a PNG or JPEG image (a screenshot, a photo)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Many payments: CSV with a header naming merchant,amount,currency,order,memo,items (items as NAME:QTY:PRICE;…), or JSONL (one --request document a line); - reads stdin. One result line each, in input order')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The result lines of --batch: {"line", "status", "transaction"?, "error"?} as JSONL, or CSV [default: jsonl]')
            [CompletionResult]::new('--chunk', '--chunk', [CompletionResultType]::ParameterName, 'Payments committed durably together by --batch (a kill loses at most this many unacknowledged lines) [default: 1000]')
            [CompletionResult]::new('--idempotency-prefix', '--idempotency-prefix', [CompletionResultType]::ParameterName, 'Line N of --batch pays under the idempotency key P:N, so running the same input again pays only what is left')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Pay even if this order id was already paid at this merchant')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;request' {
            [CompletionResult]::new('--merchant', '--merchant', [CompletionResultType]::ParameterName, 'The merchant asking to be paid (its name, as the payer''s wallet knows it)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The amount (may be left out with --item: the items'' total)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The currency [default: the wallet''s base currency]')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'The merchant''s order id')
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'A line of the order, NAME:QTY:PRICE (repeat for more lines)')
            [CompletionResult]::new('--memo', '--memo', [CompletionResultType]::ParameterName, 'A note shown to the payer')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'When the request stops being payable: a duration from now (15m, 2h, 1d), an RFC 3339 time, or a date (midnight in the wallet''s zone)')
            [CompletionResult]::new('--sign-key', '--sign-key', [CompletionResultType]::ParameterName, 'Sign the request with this Ed25519 private key, a PKCS#8 PEM file (`openssl genpkey -algorithm ed25519 -out merchant.pem`)')
            [CompletionResult]::new('--png', '--png', [CompletionResultType]::ParameterName, 'Write the QR code as a PNG image to FILE (instead of drawing it)')
            [CompletionResult]::new('--svg', '--svg', [CompletionResultType]::ParameterName, 'Write the QR code as an SVG image to FILE (instead of drawing it)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;transfer' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The currency [default: the source''s, or the base currency for an IBAN]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Your bank source (id, unique id prefix or label), or someone else''s IBAN (with --name)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The account holder''s name (required with an IBAN)')
            [CompletionResult]::new('--memo', '--memo', [CompletionResultType]::ParameterName, 'A note for your records (at most 200 characters)')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Make the request safe to repeat: the same key replays the first outcome')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;refund' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'How much the merchant refunded [default: all that is left]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;merchant' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a merchant')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List merchants')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Block a merchant: payments to it are declined')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Unblock a merchant')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;merchant;add' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'A category, for reports')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'A currency it takes (repeat for more) [default: every currency]')
            [CompletionResult]::new('--verify-key', '--verify-key', [CompletionResultType]::ParameterName, 'Its Ed25519 public key: the raw 32 bytes in base64, or a PEM PUBLIC KEY file. Its payment requests must then be signed with the matching private key (`okpay request --sign-key`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--no-okpay', '--no-okpay', [CompletionResultType]::ParameterName, 'The merchant does not accept okpay (payments are declined)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;merchant;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;merchant;block' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;merchant;unblock' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;merchant;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a merchant')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List merchants')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Block a merchant: payments to it are declined')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Unblock a merchant')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;merchant;help;add' {
            break
        }
        'okpay;merchant;help;list' {
            break
        }
        'okpay;merchant;help;block' {
            break
        }
        'okpay;merchant;help;unblock' {
            break
        }
        'okpay;merchant;help;help' {
            break
        }
        'okpay;limits' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change limits: a lower amount applies at once; a higher one needs the password again (a step-up) and applies 24 hours later')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Withdraw every pending raise (the limits in force stay as they are)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;limits;set' {
            [CompletionResult]::new('--per-transaction', '--per-transaction', [CompletionResultType]::ParameterName, 'The largest single payment, in the base currency')
            [CompletionResult]::new('--daily', '--daily', [CompletionResultType]::ParameterName, 'The most paid in one calendar day of the wallet''s zone')
            [CompletionResult]::new('--monthly', '--monthly', [CompletionResultType]::ParameterName, 'The most paid in one calendar month of the wallet''s zone')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;limits;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;limits;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change limits: a lower amount applies at once; a higher one needs the password again (a step-up) and applies 24 hours later')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Withdraw every pending raise (the limits in force stay as they are)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;limits;help;set' {
            break
        }
        'okpay;limits;help;cancel' {
            break
        }
        'okpay;limits;help;help' {
            break
        }
        'okpay;risk' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List every rule: on or off, its settings, and how often it fired (no unlocking needed)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a rule or the thresholds: `risk set velocity count=3 window=15m`, `risk set night_large enabled=false`, `risk set thresholds highest=80`. Tightening applies at once; loosening (switching a rule off, a higher amount or count, a shorter window, a lower score, a higher threshold) needs the password again (a step-up)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;risk;rules' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;risk;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;risk;help' {
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List every rule: on or off, its settings, and how often it fired (no unlocking needed)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a rule or the thresholds: `risk set velocity count=3 window=15m`, `risk set night_large enabled=false`, `risk set thresholds highest=80`. Tightening applies at once; loosening (switching a rule off, a higher amount or count, a shorter window, a lower score, a higher threshold) needs the password again (a step-up)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;risk;help;rules' {
            break
        }
        'okpay;risk;help;set' {
            break
        }
        'okpay;risk;help;help' {
            break
        }
        'okpay;fx' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('rates', 'rates', [CompletionResultType]::ParameterValue, 'List the exchange rates: each with its date and source, and whether it is stale (no unlocking needed)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a rate: 1 BASE = RATE QUOTE, dated today (it replaces the pair''s rate both ways)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import rates from a file, recognised from its content: a CSV of date,base,quote,rate, or the European Central Bank''s euro reference rates (daily or historical CSV, or XML)')
            [CompletionResult]::new('spread', 'spread', [CompletionResultType]::ParameterValue, 'Set the spread charged on conversions, in percent (default 0.5; at most 10); needs the password again (a step-up)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;fx;rates' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;fx;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;fx;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;fx;spread' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;fx;help' {
            [CompletionResult]::new('rates', 'rates', [CompletionResultType]::ParameterValue, 'List the exchange rates: each with its date and source, and whether it is stale (no unlocking needed)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a rate: 1 BASE = RATE QUOTE, dated today (it replaces the pair''s rate both ways)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import rates from a file, recognised from its content: a CSV of date,base,quote,rate, or the European Central Bank''s euro reference rates (daily or historical CSV, or XML)')
            [CompletionResult]::new('spread', 'spread', [CompletionResultType]::ParameterValue, 'Set the spread charged on conversions, in percent (default 0.5; at most 10); needs the password again (a step-up)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;fx;help;rates' {
            break
        }
        'okpay;fx;help;set' {
            break
        }
        'okpay;fx;help;import' {
            break
        }
        'okpay;fx;help;spread' {
            break
        }
        'okpay;fx;help;help' {
            break
        }
        'okpay;convert' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The balance to convert from')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The balance to convert to')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--to-amount', '--to-amount', [CompletionResultType]::ParameterName, 'AMOUNT is what must arrive in TO: the least FROM amount that gives it is taken')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'okpay;history' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only transactions from this time: RFC 3339, YYYY-MM-DD or YYYY-MM in the wallet''s zone, or today, yesterday, this-month, last-month, this-year')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only transactions up to this time (a date, month or word includes the whole of it)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind: topup, payment, refund, conversion, transfer, settlement')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: pending, succeeded, failed, declined, partially_refunded, refunded')
            [CompletionResult]::new('--merchant', '--merchant', [CompletionResultType]::ParameterName, 'Only this merchant: its id, its name (any letter case) or a unique prefix of it')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this currency')
            [CompletionResult]::new('--min', '--min', [CompletionResultType]::ParameterName, 'Only amounts at least this large')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Only amounts at most this large')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only transactions whose id, memo, order, merchant, source or items contain TEXT')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many to show')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (--json means --format json)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show every matching transaction')
            [CompletionResult]::new('--links', '--links', [CompletionResultType]::ParameterName, 'Show a bank top-up and its settlement as the separate, linked transactions they are (by default they are one row whose status moves), with every row''s links')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;receipt' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The format')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only transactions at or after this time (RFC 3339, or YYYY-MM-DD in the wallet''s zone)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only transactions before this time (a date includes that day)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE (replaced whole, readable only by you) instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE (replaced whole, readable only by you) instead of standard output')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'okpay;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;statement' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month, YYYY-MM (in the wallet''s zone)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this currency')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (--json means --format json)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE (replaced whole, readable only by you) instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE (replaced whole, readable only by you) instead of standard output')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'okpay;report' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('spending', 'spending', [CompletionResultType]::ParameterValue, 'Spending (payments net of their refunds) by merchant, category, month or day, with a bar chart in the terminal')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'The available balance at the end of each day, per currency, as a sparkline')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;report;spending' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'How to group the payments')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this time: RFC 3339, YYYY-MM-DD, YYYY-MM, or today, yesterday, this-month, last-month, this-year (default: this month)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Up to this time (a date, month or word includes the whole of it)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (--json means --format json)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;report;balance' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this currency')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this day (default: the start of this month)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Up to this day, included (default: the end of this month)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;report;help' {
            [CompletionResult]::new('spending', 'spending', [CompletionResultType]::ParameterValue, 'Spending (payments net of their refunds) by merchant, category, month or day, with a bar chart in the terminal')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'The available balance at the end of each day, per currency, as a sparkline')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;report;help;spending' {
            break
        }
        'okpay;report;help;balance' {
            break
        }
        'okpay;report;help;help' {
            break
        }
        'okpay;verify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--accept', '--accept', [CompletionResultType]::ParameterName, 'After deliberately putting an older copy of the wallet back: verify it with the password and accept it as the current state (re-anchor this machine''s rollback anchor)')
            [CompletionResult]::new('--deep', '--deep', [CompletionResultType]::ParameterName, 'SQLite''s full `integrity_check` (every index entry matched to its row) instead of the default `quick_check` (every page and b-tree): N log N instead of linear, about twice as long on a large wallet')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;security' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List the security log, newest first: logins, failed logins, lock-outs, sessions, source and merchant changes, freezes, risk challenges and blocks, backups and restores (no unlocking needed)')
            [CompletionResult]::new('freeze', 'freeze', [CompletionResultType]::ParameterValue, 'Freeze the wallet at once, without unlocking: every money movement (pay, topup, refund…) is refused with `frozen` (exit 4) until `security unfreeze`; reading keeps working')
            [CompletionResult]::new('unfreeze', 'unfreeze', [CompletionResultType]::ParameterValue, 'Lift a freeze: needs the password again even inside a session (--password-stdin, --password-file, OKPAY_PASSWORD or a prompt), else `step_up_required` (exit 3)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Audit the wallet: file permissions, two-factor authentication, password age, open sessions, recent risk blocks, backups, the rollback anchor, the freeze (no unlocking needed; findings are not errors: exit 0)')
            [CompletionResult]::new('lockdown', 'lockdown', [CompletionResultType]::ParameterValue, '"I see a transaction I do not recognise": freeze money movements, end every session, change the password (current then new: prompts, or two lines with --password-stdin), and hand out one fresh session; then say how to report it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;security;events' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only events of this kind (repeat for several; see the list below)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events at or after this time (RFC 3339, or YYYY-MM-DD in the wallet''s zone)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many events to show, newest first (1 to 1000)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;security;freeze' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;security;unfreeze' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;security;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;security;lockdown' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long the fresh session lives: 90s, 15m, 2h … at most 12h')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--rotate-key', '--rotate-key', [CompletionResultType]::ParameterName, 'Also replace the wallet key (every secret re-encrypted, the ledger re-sealed)')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the bare token and a newline instead of an export line')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;security;help' {
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List the security log, newest first: logins, failed logins, lock-outs, sessions, source and merchant changes, freezes, risk challenges and blocks, backups and restores (no unlocking needed)')
            [CompletionResult]::new('freeze', 'freeze', [CompletionResultType]::ParameterValue, 'Freeze the wallet at once, without unlocking: every money movement (pay, topup, refund…) is refused with `frozen` (exit 4) until `security unfreeze`; reading keeps working')
            [CompletionResult]::new('unfreeze', 'unfreeze', [CompletionResultType]::ParameterValue, 'Lift a freeze: needs the password again even inside a session (--password-stdin, --password-file, OKPAY_PASSWORD or a prompt), else `step_up_required` (exit 3)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Audit the wallet: file permissions, two-factor authentication, password age, open sessions, recent risk blocks, backups, the rollback anchor, the freeze (no unlocking needed; findings are not errors: exit 0)')
            [CompletionResult]::new('lockdown', 'lockdown', [CompletionResultType]::ParameterValue, '"I see a transaction I do not recognise": freeze money movements, end every session, change the password (current then new: prompts, or two lines with --password-stdin), and hand out one fresh session; then say how to report it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;security;help;events' {
            break
        }
        'okpay;security;help;freeze' {
            break
        }
        'okpay;security;help;unfreeze' {
            break
        }
        'okpay;security;help;check' {
            break
        }
        'okpay;security;help;lockdown' {
            break
        }
        'okpay;security;help;help' {
            break
        }
        'okpay;sandbox' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or move the test clock: it stands still until moved, and only moves forward')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Set a source''s simulated external balance (default 10,000.00 in its currency)')
            [CompletionResult]::new('rail', 'rail', [CompletionResultType]::ParameterValue, 'Take a simulated rail down (top-ups through it fail with rail_unavailable) or up')
            [CompletionResult]::new('maintenance', 'maintenance', [CompletionResultType]::ParameterValue, 'Put the wallet in maintenance (money movements refused with `maintenance`) or out, or schedule a maintenance window with a start, an end and a note')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Record N generated transactions (for benchmarks): top-ups (card, EUR card, bank settled or returned), payments, declines and refunds')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;sandbox;clock' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the test clock (the default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Move the clock to TIME (RFC 3339, or YYYY-MM-DD in the wallet''s zone); never backwards')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the clock forward by DURATION (90s, 15m, 2h, 1d)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;sandbox;clock;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;sandbox;clock;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;sandbox;clock;advance' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;sandbox;clock;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the test clock (the default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Move the clock to TIME (RFC 3339, or YYYY-MM-DD in the wallet''s zone); never backwards')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the clock forward by DURATION (90s, 15m, 2h, 1d)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;sandbox;clock;help;show' {
            break
        }
        'okpay;sandbox;clock;help;set' {
            break
        }
        'okpay;sandbox;clock;help;advance' {
            break
        }
        'okpay;sandbox;clock;help;help' {
            break
        }
        'okpay;sandbox;source' {
            [CompletionResult]::new('--balance', '--balance', [CompletionResultType]::ParameterName, 'The new simulated balance')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;sandbox;rail' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--down', '--down', [CompletionResultType]::ParameterName, 'Take it down')
            [CompletionResult]::new('--up', '--up', [CompletionResultType]::ParameterName, 'Bring it back up')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;sandbox;maintenance' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Schedule a window starting at TIME (RFC 3339, or YYYY-MM-DD at midnight in the wallet''s zone); with --until')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'When the window is expected to end (at most 30 days after --from)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What the announcement says, in one line')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Start maintenance now, with no end announced')
            [CompletionResult]::new('--off', '--off', [CompletionResultType]::ParameterName, 'End maintenance (and any scheduled window)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;sandbox;generate' {
            [CompletionResult]::new('--transactions', '--transactions', [CompletionResultType]::ParameterName, 'How many transactions to make (at most 10,000,000)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;sandbox;help' {
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or move the test clock: it stands still until moved, and only moves forward')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Set a source''s simulated external balance (default 10,000.00 in its currency)')
            [CompletionResult]::new('rail', 'rail', [CompletionResultType]::ParameterValue, 'Take a simulated rail down (top-ups through it fail with rail_unavailable) or up')
            [CompletionResult]::new('maintenance', 'maintenance', [CompletionResultType]::ParameterValue, 'Put the wallet in maintenance (money movements refused with `maintenance`) or out, or schedule a maintenance window with a start, an end and a note')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Record N generated transactions (for benchmarks): top-ups (card, EUR card, bank settled or returned), payments, declines and refunds')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;sandbox;help;clock' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the test clock (the default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Move the clock to TIME (RFC 3339, or YYYY-MM-DD in the wallet''s zone); never backwards')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the clock forward by DURATION (90s, 15m, 2h, 1d)')
            break
        }
        'okpay;sandbox;help;clock;show' {
            break
        }
        'okpay;sandbox;help;clock;set' {
            break
        }
        'okpay;sandbox;help;clock;advance' {
            break
        }
        'okpay;sandbox;help;source' {
            break
        }
        'okpay;sandbox;help;rail' {
            break
        }
        'okpay;sandbox;help;maintenance' {
            break
        }
        'okpay;sandbox;help;generate' {
            break
        }
        'okpay;sandbox;help;help' {
            break
        }
        'okpay;support' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('faq', 'faq', [CompletionResultType]::ParameterValue, 'The offline help centre: list the articles, search them, or show one (in --lang)')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Where support can be reached: help centre, e-mail, live chat, social accounts')
            [CompletionResult]::new('news', 'news', [CompletionResultType]::ParameterValue, 'Announcements: maintenance windows (scheduled, in progress, ended) and notices')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Support tickets: what support needs, and nothing it must not see')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;support;faq' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print one article, formatted for the terminal, in the language of --lang')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;support;faq;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;support;faq;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print one article, formatted for the terminal, in the language of --lang')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;support;faq;help;show' {
            break
        }
        'okpay;support;faq;help;help' {
            break
        }
        'okpay;support;contact' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a channel (needs the wallet unlocked); setting its default value resets it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;support;contact;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;support;contact;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a channel (needs the wallet unlocked); setting its default value resets it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;support;contact;help;set' {
            break
        }
        'okpay;support;contact;help;help' {
            break
        }
        'okpay;support;news' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;support;ticket' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Open a ticket (needs the wallet unlocked): a subject, a description, the transactions it is about, and screenshots or other files')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tickets, newest first (no unlocking)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one ticket: its messages, attachments and transactions (no unlocking)')
            [CompletionResult]::new('reply', 'reply', [CompletionResultType]::ParameterValue, 'Add a message (and files) to an open ticket (needs the wallet unlocked)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a ticket (needs the wallet unlocked)')
            [CompletionResult]::new('attachment', 'attachment', [CompletionResultType]::ParameterValue, 'Write attachment N of a ticket back to a file, byte for byte (needs the wallet unlocked)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the ticket as an e-mail to the support address (RFC 5322, MIME, attachments in base64), ready for `sendmail -t` or a mail client (needs the wallet unlocked)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;support;ticket;new' {
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'What the problem is, in one line')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The description')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'Read the description from FILE (- for standard input, after the password line when --password-stdin is also given)')
            [CompletionResult]::new('--tx', '--tx', [CompletionResultType]::ParameterName, 'A transaction the ticket is about (repeat for several, at most 10)')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'A file to attach: PNG, JPEG, PDF or text, at most 10 MiB (repeat, at most 5)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;support;ticket;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;support;ticket;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;support;ticket;reply' {
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The message')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'Read the message from FILE (- for standard input)')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'A file to attach (repeat, at most 5)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;support;ticket;close' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;support;ticket;attachment' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to write it (0600; - for standard output)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write it (0600; - for standard output)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;support;ticket;export' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to write the message, e.g. ticket.eml (0600; - for standard output)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write the message, e.g. ticket.eml (0600; - for standard output)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Your e-mail address, for the From header [default: okpay@localhost, which a mail client replaces with yours]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;support;ticket;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Open a ticket (needs the wallet unlocked): a subject, a description, the transactions it is about, and screenshots or other files')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tickets, newest first (no unlocking)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one ticket: its messages, attachments and transactions (no unlocking)')
            [CompletionResult]::new('reply', 'reply', [CompletionResultType]::ParameterValue, 'Add a message (and files) to an open ticket (needs the wallet unlocked)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a ticket (needs the wallet unlocked)')
            [CompletionResult]::new('attachment', 'attachment', [CompletionResultType]::ParameterValue, 'Write attachment N of a ticket back to a file, byte for byte (needs the wallet unlocked)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the ticket as an e-mail to the support address (RFC 5322, MIME, attachments in base64), ready for `sendmail -t` or a mail client (needs the wallet unlocked)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;support;ticket;help;new' {
            break
        }
        'okpay;support;ticket;help;list' {
            break
        }
        'okpay;support;ticket;help;show' {
            break
        }
        'okpay;support;ticket;help;reply' {
            break
        }
        'okpay;support;ticket;help;close' {
            break
        }
        'okpay;support;ticket;help;attachment' {
            break
        }
        'okpay;support;ticket;help;export' {
            break
        }
        'okpay;support;ticket;help;help' {
            break
        }
        'okpay;support;help' {
            [CompletionResult]::new('faq', 'faq', [CompletionResultType]::ParameterValue, 'The offline help centre: list the articles, search them, or show one (in --lang)')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Where support can be reached: help centre, e-mail, live chat, social accounts')
            [CompletionResult]::new('news', 'news', [CompletionResultType]::ParameterValue, 'Announcements: maintenance windows (scheduled, in progress, ended) and notices')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Support tickets: what support needs, and nothing it must not see')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;support;help;faq' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print one article, formatted for the terminal, in the language of --lang')
            break
        }
        'okpay;support;help;faq;show' {
            break
        }
        'okpay;support;help;contact' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a channel (needs the wallet unlocked); setting its default value resets it')
            break
        }
        'okpay;support;help;contact;set' {
            break
        }
        'okpay;support;help;news' {
            break
        }
        'okpay;support;help;ticket' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Open a ticket (needs the wallet unlocked): a subject, a description, the transactions it is about, and screenshots or other files')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tickets, newest first (no unlocking)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one ticket: its messages, attachments and transactions (no unlocking)')
            [CompletionResult]::new('reply', 'reply', [CompletionResultType]::ParameterValue, 'Add a message (and files) to an open ticket (needs the wallet unlocked)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a ticket (needs the wallet unlocked)')
            [CompletionResult]::new('attachment', 'attachment', [CompletionResultType]::ParameterValue, 'Write attachment N of a ticket back to a file, byte for byte (needs the wallet unlocked)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the ticket as an e-mail to the support address (RFC 5322, MIME, attachments in base64), ready for `sendmail -t` or a mail client (needs the wallet unlocked)')
            break
        }
        'okpay;support;help;ticket;new' {
            break
        }
        'okpay;support;help;ticket;list' {
            break
        }
        'okpay;support;help;ticket;show' {
            break
        }
        'okpay;support;help;ticket;reply' {
            break
        }
        'okpay;support;help;ticket;close' {
            break
        }
        'okpay;support;help;ticket;attachment' {
            break
        }
        'okpay;support;help;ticket;export' {
            break
        }
        'okpay;support;help;help' {
            break
        }
        'okpay;demo' {
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep the demo wallet in this directory instead of a throw-away one')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;generate-docs' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A one-time code from your authenticator app, once two-factor authentication is on')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'A single-use recovery code, in place of a one-time code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show ids in full in tables (piped output and JSON always have them in full)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'okpay;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new wallet (the password is asked twice, or read with --password-stdin/--password-file)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Unlock once and start a session: prints `export OKPAY_SESSION=…`')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Change the password (current, then new: prompts, or two lines with --password-stdin)')
            [CompletionResult]::new('2fa', '2fa', [CompletionResultType]::ParameterValue, 'Two-factor authentication with an authenticator app (TOTP): enable, confirm, status, disable, recovery codes')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the session in OKPAY_SESSION, or every session with --all')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the wallet: locked or unlocked, session expiry, sandbox or not, time zone')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Show available and pending money per currency, and the total in the base currency')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Funding sources: cards, bank accounts, online platforms, third-party providers')
            [CompletionResult]::new('topup', 'topup', [CompletionResultType]::ParameterValue, 'Put money into the wallet from a funding source (asks to confirm; --yes in scripts)')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Pay a merchant: by flags, a JSON payment request (--request), an okpay:pay? URI, or a QR code in an image (--qr)')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Make a payment request: print its okpay:pay? URI and draw its QR code (no unlocking)')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Send money out on the bank rail: to your own bank source or to an IBAN (asks to confirm; --yes in scripts)')
            [CompletionResult]::new('refund', 'refund', [CompletionResultType]::ParameterValue, 'Record a merchant''s full or partial refund of a payment')
            [CompletionResult]::new('merchant', 'merchant', [CompletionResultType]::ParameterValue, 'Merchants: add, list, block, unblock')
            [CompletionResult]::new('limits', 'limits', [CompletionResultType]::ParameterValue, 'Spending limits in the base currency: show them, lower or raise them, cancel a raise')
            [CompletionResult]::new('risk', 'risk', [CompletionResultType]::ParameterValue, 'Risk monitoring: the rules that score every payment, their settings, how often they fired')
            [CompletionResult]::new('fx', 'fx', [CompletionResultType]::ParameterValue, 'Exchange rates: list, set and import them, and set the conversion spread')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert money between two of your balances, at the current rate less the spread. Shows the quote (rate, its date, spread, both amounts) and asks to confirm (--yes in scripts).')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List transactions, newest first')
            [CompletionResult]::new('receipt', 'receipt', [CompletionResultType]::ParameterValue, 'Show one transaction in full')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every transaction out as okpay CSV or JSON, an hledger journal or a beancount file')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read okpay''s CSV export back in (idempotent by transaction id; all or nothing)')
            [CompletionResult]::new('statement', 'statement', [CompletionResultType]::ParameterValue, 'A monthly statement: opening balance, every movement, fees, closing balance')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: spending by merchant, category, month or day as a bar chart; the balance over time as a sparkline')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the wallet''s integrity (exit 13 on damage, tampering or a rollback); unlocked, also the HMAC chain and every sealed row')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the wallet to FILE (0600, sessions left out), even while other okpay processes are writing to it')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the wallet with a backup, after checking it with the password (asks to confirm; --yes in scripts)')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'The security centre: the security log, an emergency freeze, a self-audit')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Test controls of sandbox wallets (made with `init --sandbox`)')
            [CompletionResult]::new('support', 'support', [CompletionResultType]::ParameterValue, 'Help, even offline: the help centre, contact channels, announcements and support tickets')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'A narrated tour in a throw-away sandbox wallet')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('generate-docs', 'generate-docs', [CompletionResultType]::ParameterValue, 'Write the man pages and completion scripts into a directory (for maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;help;init' {
            break
        }
        'okpay;help;login' {
            break
        }
        'okpay;help;password' {
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change the password: the wallet key is re-wrapped and every other session ends. The current password, then the new one, from prompts (the new one twice) or as two lines of standard input with --password-stdin; the new one must pass the strength policy')
            break
        }
        'okpay;help;password;change' {
            break
        }
        'okpay;help;2fa' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Start: a new secret for your authenticator app, shown as an otpauth:// URI, a QR code and Base32 text; it is on once `2fa confirm` checks a first code')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Turn 2FA on with the first code the app shows; prints 10 single-use recovery codes once')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether 2FA is on, and how many recovery codes are left (no unlocking)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn 2FA off: needs the password and a code (--otp) or a recovery code')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'Recovery codes')
            break
        }
        'okpay;help;2fa;enable' {
            break
        }
        'okpay;help;2fa;confirm' {
            break
        }
        'okpay;help;2fa;status' {
            break
        }
        'okpay;help;2fa;disable' {
            break
        }
        'okpay;help;2fa;recovery-codes' {
            break
        }
        'okpay;help;logout' {
            break
        }
        'okpay;help;status' {
            break
        }
        'okpay;help;balance' {
            break
        }
        'okpay;help;source' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a funding source (needs the wallet unlocked); its details are checked at entry')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List funding sources, always masked')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a funding source; transactions that used it keep naming it')
            [CompletionResult]::new('providers', 'providers', [CompletionResultType]::ParameterValue, 'The supported online platforms and third-party providers, with their fees')
            break
        }
        'okpay;help;source;add' {
            [CompletionResult]::new('card', 'card', [CompletionResultType]::ParameterValue, 'A credit or debit card. The number and CVC are asked for (hidden), or read as two lines with --details-stdin; never flags. okpay keeps the rail''s token, the brand, the last four digits and the expiry; never the number or the CVC')
            [CompletionResult]::new('bank', 'bank', [CompletionResultType]::ParameterValue, 'A bank account: an IBAN (spaces and any letter case accepted) or a domestic account number with the bank''s name. Bank transfers arrive the next business day at 10:00')
            [CompletionResult]::new('platform', 'platform', [CompletionResultType]::ParameterValue, 'An online payment platform account (see `okpay source providers`)')
            [CompletionResult]::new('third-party', 'third-party', [CompletionResultType]::ParameterValue, 'A third-party payment provider account, by e-mail (see `okpay source providers`)')
            break
        }
        'okpay;help;source;add;card' {
            break
        }
        'okpay;help;source;add;bank' {
            break
        }
        'okpay;help;source;add;platform' {
            break
        }
        'okpay;help;source;add;third-party' {
            break
        }
        'okpay;help;source;list' {
            break
        }
        'okpay;help;source;remove' {
            break
        }
        'okpay;help;source;providers' {
            break
        }
        'okpay;help;topup' {
            break
        }
        'okpay;help;pay' {
            break
        }
        'okpay;help;request' {
            break
        }
        'okpay;help;transfer' {
            break
        }
        'okpay;help;refund' {
            break
        }
        'okpay;help;merchant' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a merchant')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List merchants')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Block a merchant: payments to it are declined')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Unblock a merchant')
            break
        }
        'okpay;help;merchant;add' {
            break
        }
        'okpay;help;merchant;list' {
            break
        }
        'okpay;help;merchant;block' {
            break
        }
        'okpay;help;merchant;unblock' {
            break
        }
        'okpay;help;limits' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change limits: a lower amount applies at once; a higher one needs the password again (a step-up) and applies 24 hours later')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Withdraw every pending raise (the limits in force stay as they are)')
            break
        }
        'okpay;help;limits;set' {
            break
        }
        'okpay;help;limits;cancel' {
            break
        }
        'okpay;help;risk' {
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List every rule: on or off, its settings, and how often it fired (no unlocking needed)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a rule or the thresholds: `risk set velocity count=3 window=15m`, `risk set night_large enabled=false`, `risk set thresholds highest=80`. Tightening applies at once; loosening (switching a rule off, a higher amount or count, a shorter window, a lower score, a higher threshold) needs the password again (a step-up)')
            break
        }
        'okpay;help;risk;rules' {
            break
        }
        'okpay;help;risk;set' {
            break
        }
        'okpay;help;fx' {
            [CompletionResult]::new('rates', 'rates', [CompletionResultType]::ParameterValue, 'List the exchange rates: each with its date and source, and whether it is stale (no unlocking needed)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a rate: 1 BASE = RATE QUOTE, dated today (it replaces the pair''s rate both ways)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import rates from a file, recognised from its content: a CSV of date,base,quote,rate, or the European Central Bank''s euro reference rates (daily or historical CSV, or XML)')
            [CompletionResult]::new('spread', 'spread', [CompletionResultType]::ParameterValue, 'Set the spread charged on conversions, in percent (default 0.5; at most 10); needs the password again (a step-up)')
            break
        }
        'okpay;help;fx;rates' {
            break
        }
        'okpay;help;fx;set' {
            break
        }
        'okpay;help;fx;import' {
            break
        }
        'okpay;help;fx;spread' {
            break
        }
        'okpay;help;convert' {
            break
        }
        'okpay;help;history' {
            break
        }
        'okpay;help;receipt' {
            break
        }
        'okpay;help;export' {
            break
        }
        'okpay;help;import' {
            break
        }
        'okpay;help;statement' {
            break
        }
        'okpay;help;report' {
            [CompletionResult]::new('spending', 'spending', [CompletionResultType]::ParameterValue, 'Spending (payments net of their refunds) by merchant, category, month or day, with a bar chart in the terminal')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'The available balance at the end of each day, per currency, as a sparkline')
            break
        }
        'okpay;help;report;spending' {
            break
        }
        'okpay;help;report;balance' {
            break
        }
        'okpay;help;verify' {
            break
        }
        'okpay;help;backup' {
            break
        }
        'okpay;help;restore' {
            break
        }
        'okpay;help;security' {
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List the security log, newest first: logins, failed logins, lock-outs, sessions, source and merchant changes, freezes, risk challenges and blocks, backups and restores (no unlocking needed)')
            [CompletionResult]::new('freeze', 'freeze', [CompletionResultType]::ParameterValue, 'Freeze the wallet at once, without unlocking: every money movement (pay, topup, refund…) is refused with `frozen` (exit 4) until `security unfreeze`; reading keeps working')
            [CompletionResult]::new('unfreeze', 'unfreeze', [CompletionResultType]::ParameterValue, 'Lift a freeze: needs the password again even inside a session (--password-stdin, --password-file, OKPAY_PASSWORD or a prompt), else `step_up_required` (exit 3)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Audit the wallet: file permissions, two-factor authentication, password age, open sessions, recent risk blocks, backups, the rollback anchor, the freeze (no unlocking needed; findings are not errors: exit 0)')
            [CompletionResult]::new('lockdown', 'lockdown', [CompletionResultType]::ParameterValue, '"I see a transaction I do not recognise": freeze money movements, end every session, change the password (current then new: prompts, or two lines with --password-stdin), and hand out one fresh session; then say how to report it')
            break
        }
        'okpay;help;security;events' {
            break
        }
        'okpay;help;security;freeze' {
            break
        }
        'okpay;help;security;unfreeze' {
            break
        }
        'okpay;help;security;check' {
            break
        }
        'okpay;help;security;lockdown' {
            break
        }
        'okpay;help;sandbox' {
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or move the test clock: it stands still until moved, and only moves forward')
            [CompletionResult]::new('source', 'source', [CompletionResultType]::ParameterValue, 'Set a source''s simulated external balance (default 10,000.00 in its currency)')
            [CompletionResult]::new('rail', 'rail', [CompletionResultType]::ParameterValue, 'Take a simulated rail down (top-ups through it fail with rail_unavailable) or up')
            [CompletionResult]::new('maintenance', 'maintenance', [CompletionResultType]::ParameterValue, 'Put the wallet in maintenance (money movements refused with `maintenance`) or out, or schedule a maintenance window with a start, an end and a note')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Record N generated transactions (for benchmarks): top-ups (card, EUR card, bank settled or returned), payments, declines and refunds')
            break
        }
        'okpay;help;sandbox;clock' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the test clock (the default)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Move the clock to TIME (RFC 3339, or YYYY-MM-DD in the wallet''s zone); never backwards')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the clock forward by DURATION (90s, 15m, 2h, 1d)')
            break
        }
        'okpay;help;sandbox;clock;show' {
            break
        }
        'okpay;help;sandbox;clock;set' {
            break
        }
        'okpay;help;sandbox;clock;advance' {
            break
        }
        'okpay;help;sandbox;source' {
            break
        }
        'okpay;help;sandbox;rail' {
            break
        }
        'okpay;help;sandbox;maintenance' {
            break
        }
        'okpay;help;sandbox;generate' {
            break
        }
        'okpay;help;support' {
            [CompletionResult]::new('faq', 'faq', [CompletionResultType]::ParameterValue, 'The offline help centre: list the articles, search them, or show one (in --lang)')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Where support can be reached: help centre, e-mail, live chat, social accounts')
            [CompletionResult]::new('news', 'news', [CompletionResultType]::ParameterValue, 'Announcements: maintenance windows (scheduled, in progress, ended) and notices')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Support tickets: what support needs, and nothing it must not see')
            break
        }
        'okpay;help;support;faq' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print one article, formatted for the terminal, in the language of --lang')
            break
        }
        'okpay;help;support;faq;show' {
            break
        }
        'okpay;help;support;contact' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a channel (needs the wallet unlocked); setting its default value resets it')
            break
        }
        'okpay;help;support;contact;set' {
            break
        }
        'okpay;help;support;news' {
            break
        }
        'okpay;help;support;ticket' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Open a ticket (needs the wallet unlocked): a subject, a description, the transactions it is about, and screenshots or other files')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tickets, newest first (no unlocking)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one ticket: its messages, attachments and transactions (no unlocking)')
            [CompletionResult]::new('reply', 'reply', [CompletionResultType]::ParameterValue, 'Add a message (and files) to an open ticket (needs the wallet unlocked)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a ticket (needs the wallet unlocked)')
            [CompletionResult]::new('attachment', 'attachment', [CompletionResultType]::ParameterValue, 'Write attachment N of a ticket back to a file, byte for byte (needs the wallet unlocked)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the ticket as an e-mail to the support address (RFC 5322, MIME, attachments in base64), ready for `sendmail -t` or a mail client (needs the wallet unlocked)')
            break
        }
        'okpay;help;support;ticket;new' {
            break
        }
        'okpay;help;support;ticket;list' {
            break
        }
        'okpay;help;support;ticket;show' {
            break
        }
        'okpay;help;support;ticket;reply' {
            break
        }
        'okpay;help;support;ticket;close' {
            break
        }
        'okpay;help;support;ticket;attachment' {
            break
        }
        'okpay;help;support;ticket;export' {
            break
        }
        'okpay;help;demo' {
            break
        }
        'okpay;help;completions' {
            break
        }
        'okpay;help;generate-docs' {
            break
        }
        'okpay;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
