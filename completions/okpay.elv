
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
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a new wallet (the password is asked twice, or read with --password-stdin/--password-file)'
            cand login 'Unlock once and start a session: prints `export OKPAY_SESSION=…`'
            cand logout 'End the session in OKPAY_SESSION, or every session with --all'
            cand status 'Show the wallet: locked or unlocked, session expiry, sandbox or not, time zone'
            cand balance 'Show available and pending money per currency, and the total in the base currency'
            cand history 'List transactions, newest first'
            cand receipt 'Show one transaction in full'
            cand verify 'Check the wallet''s integrity (exit 13 on damage or tampering); unlocked, also the HMAC chain'
            cand sandbox 'Test controls of sandbox wallets (made with `init --sandbox`)'
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
            cand --sandbox 'Make a sandbox wallet: a test clock and test controls (`okpay sandbox`)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okpay;login'= {
            cand --username 'Also check the username'
            cand --ttl 'How long the session lives: 90s, 15m, 2h … at most 12h'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --raw 'Print the bare token and a newline instead of an export line'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okpay;logout'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --all 'End every session, not only the one in OKPAY_SESSION'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okpay;status'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okpay;balance'= {
            cand --currency 'Only this currency'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okpay;history'= {
            cand --from 'Only transactions at or after this time (RFC 3339, or YYYY-MM-DD in the wallet''s zone)'
            cand --to 'Only transactions before this time'
            cand --kind 'Only this kind: topup, payment, refund, conversion, settlement'
            cand --status 'Only this status: pending, succeeded, failed, declined, partially_refunded, refunded'
            cand --merchant 'Only this merchant (id)'
            cand --currency 'Only this currency'
            cand --min 'Only amounts at least this large'
            cand --max 'Only amounts at most this large'
            cand --search 'Only transactions whose id, memo, order, merchant or source contains TEXT'
            cand --limit 'How many to show'
            cand --format 'Output format (--json means --format json)'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --all 'Show every matching transaction'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okpay;receipt'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okpay;verify'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okpay;sandbox'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand clock 'Show or move the test clock: it stands still until moved, and only moves forward'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;sandbox;clock'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
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
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okpay;sandbox;clock;set'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okpay;sandbox;clock;advance'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
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
        &'okpay;sandbox;help'= {
            cand clock 'Show or move the test clock: it stands still until moved, and only moves forward'
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
        &'okpay;sandbox;help;help'= {
        }
        &'okpay;demo'= {
            cand --keep 'Keep the demo wallet in this directory instead of a throw-away one'
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okpay;completions'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okpay;generate-docs'= {
            cand --db 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]'
            cand --lang 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]'
            cand --color 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)'
            cand --password-file 'Read the password from the first line of FILE (which must not be readable by others)'
            cand --json 'Print exactly one JSON document on stdout, on success and on failure'
            cand -y 'Answer yes to every confirmation'
            cand --yes 'Answer yes to every confirmation'
            cand --no-input 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
            cand -q 'On success print only the primary value; on failure only the error code on stderr'
            cand --quiet 'On success print only the primary value; on failure only the error code on stderr'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'okpay;help'= {
            cand init 'Create a new wallet (the password is asked twice, or read with --password-stdin/--password-file)'
            cand login 'Unlock once and start a session: prints `export OKPAY_SESSION=…`'
            cand logout 'End the session in OKPAY_SESSION, or every session with --all'
            cand status 'Show the wallet: locked or unlocked, session expiry, sandbox or not, time zone'
            cand balance 'Show available and pending money per currency, and the total in the base currency'
            cand history 'List transactions, newest first'
            cand receipt 'Show one transaction in full'
            cand verify 'Check the wallet''s integrity (exit 13 on damage or tampering); unlocked, also the HMAC chain'
            cand sandbox 'Test controls of sandbox wallets (made with `init --sandbox`)'
            cand demo 'A narrated tour in a throw-away sandbox wallet'
            cand completions 'Print a shell completion script'
            cand generate-docs 'Write the man pages and completion scripts into a directory (for maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'okpay;help;init'= {
        }
        &'okpay;help;login'= {
        }
        &'okpay;help;logout'= {
        }
        &'okpay;help;status'= {
        }
        &'okpay;help;balance'= {
        }
        &'okpay;help;history'= {
        }
        &'okpay;help;receipt'= {
        }
        &'okpay;help;verify'= {
        }
        &'okpay;help;sandbox'= {
            cand clock 'Show or move the test clock: it stands still until moved, and only moves forward'
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
