
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
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new wallet (the password is asked twice, or read with --password-stdin/--password-file)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Unlock once and start a session: prints `export OKPAY_SESSION=…`')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the session in OKPAY_SESSION, or every session with --all')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the wallet: locked or unlocked, session expiry, sandbox or not, time zone')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Show available and pending money per currency, and the total in the base currency')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List transactions, newest first')
            [CompletionResult]::new('receipt', 'receipt', [CompletionResultType]::ParameterValue, 'Show one transaction in full')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the wallet''s integrity (exit 13 on damage or tampering); unlocked, also the HMAC chain')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Test controls of sandbox wallets (made with `init --sandbox`)')
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
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Make a sandbox wallet: a test clock and test controls (`okpay sandbox`)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okpay;login' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Also check the username')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long the session lives: 90s, 15m, 2h … at most 12h')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the bare token and a newline instead of an export line')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okpay;logout' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'End every session, not only the one in OKPAY_SESSION')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okpay;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okpay;balance' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this currency')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okpay;history' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only transactions at or after this time (RFC 3339, or YYYY-MM-DD in the wallet''s zone)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only transactions before this time')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind: topup, payment, refund, conversion, settlement')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: pending, succeeded, failed, declined, partially_refunded, refunded')
            [CompletionResult]::new('--merchant', '--merchant', [CompletionResultType]::ParameterName, 'Only this merchant (id)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this currency')
            [CompletionResult]::new('--min', '--min', [CompletionResultType]::ParameterName, 'Only amounts at least this large')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Only amounts at most this large')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only transactions whose id, memo, order, merchant or source contains TEXT')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many to show')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (--json means --format json)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Show every matching transaction')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okpay;receipt' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okpay;verify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okpay;sandbox' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or move the test clock: it stands still until moved, and only moves forward')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'okpay;sandbox;clock' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
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
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okpay;sandbox;clock;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okpay;sandbox;clock;advance' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
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
        'okpay;sandbox;help' {
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or move the test clock: it stands still until moved, and only moves forward')
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
        'okpay;sandbox;help;help' {
            break
        }
        'okpay;demo' {
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep the demo wallet in this directory instead of a throw-away one')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okpay;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okpay;generate-docs' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE (which must not be readable by others)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print exactly one JSON document on stdout, on success and on failure')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'On success print only the primary value; on failure only the error code on stderr')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'okpay;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new wallet (the password is asked twice, or read with --password-stdin/--password-file)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Unlock once and start a session: prints `export OKPAY_SESSION=…`')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the session in OKPAY_SESSION, or every session with --all')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the wallet: locked or unlocked, session expiry, sandbox or not, time zone')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Show available and pending money per currency, and the total in the base currency')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List transactions, newest first')
            [CompletionResult]::new('receipt', 'receipt', [CompletionResultType]::ParameterValue, 'Show one transaction in full')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the wallet''s integrity (exit 13 on damage or tampering); unlocked, also the HMAC chain')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Test controls of sandbox wallets (made with `init --sandbox`)')
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
        'okpay;help;logout' {
            break
        }
        'okpay;help;status' {
            break
        }
        'okpay;help;balance' {
            break
        }
        'okpay;help;history' {
            break
        }
        'okpay;help;receipt' {
            break
        }
        'okpay;help;verify' {
            break
        }
        'okpay;help;sandbox' {
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or move the test clock: it stands still until moved, and only moves forward')
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
