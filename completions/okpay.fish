# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_okpay_global_optspecs
    string join \n db= json lang= y/yes no-input color= q/quiet wide password-stdin password-file= otp= recovery-code= h/help V/version
end

function __fish_okpay_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_okpay_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_okpay_using_subcommand
    set -l cmd (__fish_okpay_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c okpay -n "__fish_okpay_needs_command" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_needs_command" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_needs_command" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_needs_command" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_needs_command" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_needs_command" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_needs_command" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_needs_command" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_needs_command" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_needs_command" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_needs_command" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_needs_command" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okpay -n "__fish_okpay_needs_command" -s V -l version -d 'Print version'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "init" -d 'Create a new wallet (the password is asked twice, or read with --password-stdin/--password-file)'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "login" -d 'Unlock once and start a session: prints `export OKPAY_SESSION=…`'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "password" -d 'Change the password (current, then new: prompts, or two lines with --password-stdin)'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "2fa" -d 'Two-factor authentication with an authenticator app (TOTP): enable, confirm, status, disable, recovery codes'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "logout" -d 'End the session in OKPAY_SESSION, or every session with --all'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "status" -d 'Show the wallet: locked or unlocked, session expiry, sandbox or not, time zone'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "balance" -d 'Show available and pending money per currency, and the total in the base currency'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "source" -d 'Funding sources: cards, bank accounts, online platforms, third-party providers'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "topup" -d 'Put money into the wallet from a funding source (asks to confirm; --yes in scripts)'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "pay" -d 'Pay a merchant: by flags, a JSON payment request (--request), an okpay:pay? URI, or a QR code in an image (--qr)'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "request" -d 'Make a payment request: print its okpay:pay? URI and draw its QR code (no unlocking)'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "transfer" -d 'Send money out on the bank rail: to your own bank source or to an IBAN (asks to confirm; --yes in scripts)'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "refund" -d 'Record a merchant\'s full or partial refund of a payment'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "merchant" -d 'Merchants: add, list, block, unblock'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "limits" -d 'Spending limits in the base currency: show them, lower or raise them, cancel a raise'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "risk" -d 'Risk monitoring: the rules that score every payment, their settings, how often they fired'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "fx" -d 'Exchange rates: list, set and import them, and set the conversion spread'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "convert" -d 'Convert money between two of your balances, at the current rate less the spread. Shows the quote (rate, its date, spread, both amounts) and asks to confirm (--yes in scripts).'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "history" -d 'List transactions, newest first'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "receipt" -d 'Show one transaction in full'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "export" -d 'Write every transaction out as okpay CSV or JSON, an hledger journal or a beancount file'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "import" -d 'Read okpay\'s CSV export back in (idempotent by transaction id; all or nothing)'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "statement" -d 'A monthly statement: opening balance, every movement, fees, closing balance'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "report" -d 'Reports: spending by merchant, category, month or day as a bar chart; the balance over time as a sparkline'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "verify" -d 'Check the wallet\'s integrity (exit 13 on damage, tampering or a rollback); unlocked, also the HMAC chain and every sealed row'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "backup" -d 'Write a consistent copy of the wallet to FILE (0600, sessions left out), even while other okpay processes are writing to it'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "restore" -d 'Replace the wallet with a backup, after checking it with the password (asks to confirm; --yes in scripts)'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "security" -d 'The security centre: the security log, an emergency freeze, a self-audit'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "sandbox" -d 'Test controls of sandbox wallets (made with `init --sandbox`)'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "support" -d 'Help, even offline: the help centre, contact channels, announcements and support tickets'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "demo" -d 'A narrated tour in a throw-away sandbox wallet'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "generate-docs" -d 'Write the man pages and completion scripts into a directory (for maintainers)'
complete -c okpay -n "__fish_okpay_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand init" -l username -d 'The wallet owner\'s username [default: $USER]' -r
complete -c okpay -n "__fish_okpay_using_subcommand init" -l base-currency -d 'The currency limits and totals are kept in (ISO 4217)' -r
complete -c okpay -n "__fish_okpay_using_subcommand init" -l tz -d 'The wallet\'s time zone, fixed at init (IANA name) [default: the system\'s zone]' -r
complete -c okpay -n "__fish_okpay_using_subcommand init" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand init" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand init" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand init" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand init" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand init" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand init" -l sandbox -d 'Make a sandbox wallet: a test clock and test controls (`okpay sandbox`)'
complete -c okpay -n "__fish_okpay_using_subcommand init" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand init" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand init" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand init" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand init" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand init" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand init" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand login" -l username -d 'Also check the username' -r
complete -c okpay -n "__fish_okpay_using_subcommand login" -l ttl -d 'How long the session lives: 90s, 15m, 2h … at most 12h' -r
complete -c okpay -n "__fish_okpay_using_subcommand login" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand login" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand login" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand login" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand login" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand login" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand login" -l raw -d 'Print the bare token and a newline instead of an export line'
complete -c okpay -n "__fish_okpay_using_subcommand login" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand login" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand login" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand login" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand login" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand login" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand login" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand password; and not __fish_seen_subcommand_from change help" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand password; and not __fish_seen_subcommand_from change help" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand password; and not __fish_seen_subcommand_from change help" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand password; and not __fish_seen_subcommand_from change help" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand password; and not __fish_seen_subcommand_from change help" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand password; and not __fish_seen_subcommand_from change help" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand password; and not __fish_seen_subcommand_from change help" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand password; and not __fish_seen_subcommand_from change help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand password; and not __fish_seen_subcommand_from change help" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand password; and not __fish_seen_subcommand_from change help" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand password; and not __fish_seen_subcommand_from change help" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand password; and not __fish_seen_subcommand_from change help" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand password; and not __fish_seen_subcommand_from change help" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand password; and not __fish_seen_subcommand_from change help" -f -a "change" -d 'Change the password: the wallet key is re-wrapped and every other session ends. The current password, then the new one, from prompts (the new one twice) or as two lines of standard input with --password-stdin; the new one must pass the strength policy'
complete -c okpay -n "__fish_okpay_using_subcommand password; and not __fish_seen_subcommand_from change help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand password; and __fish_seen_subcommand_from change" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand password; and __fish_seen_subcommand_from change" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand password; and __fish_seen_subcommand_from change" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand password; and __fish_seen_subcommand_from change" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand password; and __fish_seen_subcommand_from change" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand password; and __fish_seen_subcommand_from change" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand password; and __fish_seen_subcommand_from change" -l rotate-key -d 'Also replace the wallet key itself: every secret is re-encrypted and the whole ledger re-sealed under a fresh key, in one transaction, and every session ends (use it when the key may have leaked, e.g. a session token was exposed)'
complete -c okpay -n "__fish_okpay_using_subcommand password; and __fish_seen_subcommand_from change" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand password; and __fish_seen_subcommand_from change" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand password; and __fish_seen_subcommand_from change" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand password; and __fish_seen_subcommand_from change" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand password; and __fish_seen_subcommand_from change" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand password; and __fish_seen_subcommand_from change" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand password; and __fish_seen_subcommand_from change" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand password; and __fish_seen_subcommand_from help" -f -a "change" -d 'Change the password: the wallet key is re-wrapped and every other session ends. The current password, then the new one, from prompts (the new one twice) or as two lines of standard input with --password-stdin; the new one must pass the strength policy'
complete -c okpay -n "__fish_okpay_using_subcommand password; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -f -a "enable" -d 'Start: a new secret for your authenticator app, shown as an otpauth:// URI, a QR code and Base32 text; it is on once `2fa confirm` checks a first code'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -f -a "confirm" -d 'Turn 2FA on with the first code the app shows; prints 10 single-use recovery codes once'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -f -a "status" -d 'Whether 2FA is on, and how many recovery codes are left (no unlocking)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -f -a "disable" -d 'Turn 2FA off: needs the password and a code (--otp) or a recovery code'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -f -a "recovery-codes" -d 'Recovery codes'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and not __fish_seen_subcommand_from enable confirm status disable recovery-codes help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from enable" -l qr-png -d 'Also write the QR code as a PNG image to FILE (0600)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from enable" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from enable" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from enable" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from enable" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from enable" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from enable" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from enable" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from enable" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from enable" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from confirm" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from confirm" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from confirm" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from confirm" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from confirm" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from confirm" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from confirm" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from confirm" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from confirm" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from confirm" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from confirm" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from confirm" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from confirm" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from status" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l regenerate -d 'Replace every recovery code with 10 new ones (needs the password and a code)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Start: a new secret for your authenticator app, shown as an otpauth:// URI, a QR code and Base32 text; it is on once `2fa confirm` checks a first code'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "confirm" -d 'Turn 2FA on with the first code the app shows; prints 10 single-use recovery codes once'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "status" -d 'Whether 2FA is on, and how many recovery codes are left (no unlocking)'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Turn 2FA off: needs the password and a code (--otp) or a recovery code'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "recovery-codes" -d 'Recovery codes'
complete -c okpay -n "__fish_okpay_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand logout" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand logout" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand logout" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand logout" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand logout" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand logout" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand logout" -l all -d 'End every session, not only the one in OKPAY_SESSION'
complete -c okpay -n "__fish_okpay_using_subcommand logout" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand logout" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand logout" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand logout" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand logout" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand logout" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand logout" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand status" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand status" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand status" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand status" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand status" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand status" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand status" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand status" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand status" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand status" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand status" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand status" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand status" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand balance" -l currency -d 'Only this currency' -r
complete -c okpay -n "__fish_okpay_using_subcommand balance" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand balance" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand balance" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand balance" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand balance" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand balance" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand balance" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand balance" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand balance" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand balance" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand balance" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand balance" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand balance" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -f -a "add" -d 'Add a funding source (needs the wallet unlocked); its details are checked at entry'
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -f -a "list" -d 'List funding sources, always masked'
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -f -a "remove" -d 'Remove a funding source; transactions that used it keep naming it'
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -f -a "providers" -d 'The supported online platforms and third-party providers, with their fees'
complete -c okpay -n "__fish_okpay_using_subcommand source; and not __fish_seen_subcommand_from add list remove providers help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -f -a "card" -d 'A credit or debit card. The number and CVC are asked for (hidden), or read as two lines with --details-stdin; never flags. okpay keeps the rail\'s token, the brand, the last four digits and the expiry; never the number or the CVC'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -f -a "bank" -d 'A bank account: an IBAN (spaces and any letter case accepted) or a domestic account number with the bank\'s name. Bank transfers arrive the next business day at 10:00'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -f -a "platform" -d 'An online payment platform account (see `okpay source providers`)'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -f -a "third-party" -d 'A third-party payment provider account, by e-mail (see `okpay source providers`)'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from add" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from list" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from list" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from list" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from list" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from list" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from list" -l all -d 'Include removed sources'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from list" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from list" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from list" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from list" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from remove" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from remove" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from remove" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from remove" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from remove" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from remove" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from remove" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from remove" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from providers" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from providers" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from providers" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from providers" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from providers" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from providers" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from providers" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from providers" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from providers" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from providers" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from providers" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from providers" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from providers" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a funding source (needs the wallet unlocked); its details are checked at entry'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from help" -f -a "list" -d 'List funding sources, always masked'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a funding source; transactions that used it keep naming it'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from help" -f -a "providers" -d 'The supported online platforms and third-party providers, with their fees'
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand topup" -l currency -d 'The currency [default: the source\'s]' -r
complete -c okpay -n "__fish_okpay_using_subcommand topup" -l source -d 'The funding source (src_…; see `okpay source list`)' -r
complete -c okpay -n "__fish_okpay_using_subcommand topup" -l retry -d 'Retry a failed top-up with the same details, as a new attempt linked to it' -r
complete -c okpay -n "__fish_okpay_using_subcommand topup" -l idempotency-key -d 'Make the request safe to repeat: the same key replays the first outcome' -r
complete -c okpay -n "__fish_okpay_using_subcommand topup" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand topup" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand topup" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand topup" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand topup" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand topup" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand topup" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand topup" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand topup" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand topup" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand topup" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand topup" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand topup" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l currency -d 'The currency [default: the base currency]' -r
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l merchant -d 'The merchant: an id (mer_…) or a name' -r
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l order -d 'The merchant\'s order id; an order already paid there is refused (see --allow-duplicate)' -r
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l item -d 'A line of the order, NAME:QTY:PRICE (repeat for more lines)' -r
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l memo -d 'A note for your records' -r
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l from-currency -d 'Pay from the balance in this currency, converting at the current rate less the spread [default: the payment\'s currency, or the base currency when that holds too little]' -r
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l request -d 'A payment request as JSON: {"merchant", "amount", "currency", "order", "memo", "items": [{"name", "quantity", "unit_price"}]}; - reads stdin' -r
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l idempotency-key -d 'Make the request safe to repeat: the same key replays the first outcome' -r
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l qr -d 'Pay the okpay:pay? request in the QR code of a PNG or JPEG image (a screenshot, a photo)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l batch -d 'Many payments: CSV with a header naming merchant,amount,currency,order,memo,items (items as NAME:QTY:PRICE;…), or JSONL (one --request document a line); - reads stdin. One result line each, in input order' -r
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l format -d 'The result lines of --batch: {"line", "status", "transaction"?, "error"?} as JSONL, or CSV [default: jsonl]' -r -f -a "jsonl\t''
csv\t''"
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l chunk -d 'Payments committed durably together by --batch (a kill loses at most this many unacknowledged lines) [default: 1000]' -r
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l idempotency-prefix -d 'Line N of --batch pays under the idempotency key P:N, so running the same input again pays only what is left' -r
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l allow-duplicate -d 'Pay even if this order id was already paid at this merchant'
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand pay" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand pay" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand pay" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand request" -l merchant -d 'The merchant asking to be paid (its name, as the payer\'s wallet knows it)' -r
complete -c okpay -n "__fish_okpay_using_subcommand request" -l amount -d 'The amount (may be left out with --item: the items\' total)' -r
complete -c okpay -n "__fish_okpay_using_subcommand request" -l currency -d 'The currency [default: the wallet\'s base currency]' -r
complete -c okpay -n "__fish_okpay_using_subcommand request" -l order -d 'The merchant\'s order id' -r
complete -c okpay -n "__fish_okpay_using_subcommand request" -l item -d 'A line of the order, NAME:QTY:PRICE (repeat for more lines)' -r
complete -c okpay -n "__fish_okpay_using_subcommand request" -l memo -d 'A note shown to the payer' -r
complete -c okpay -n "__fish_okpay_using_subcommand request" -l expires -d 'When the request stops being payable: a duration from now (15m, 2h, 1d), an RFC 3339 time, or a date (midnight in the wallet\'s zone)' -r
complete -c okpay -n "__fish_okpay_using_subcommand request" -l sign-key -d 'Sign the request with this Ed25519 private key, a PKCS#8 PEM file (`openssl genpkey -algorithm ed25519 -out merchant.pem`)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand request" -l png -d 'Write the QR code as a PNG image to FILE (instead of drawing it)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand request" -l svg -d 'Write the QR code as an SVG image to FILE (instead of drawing it)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand request" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand request" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand request" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand request" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand request" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand request" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand request" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand request" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand request" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand request" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand request" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand request" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand request" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -l currency -d 'The currency [default: the source\'s, or the base currency for an IBAN]' -r
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -l to -d 'Your bank source (id, unique id prefix or label), or someone else\'s IBAN (with --name)' -r
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -l name -d 'The account holder\'s name (required with an IBAN)' -r
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -l memo -d 'A note for your records (at most 200 characters)' -r
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -l idempotency-key -d 'Make the request safe to repeat: the same key replays the first outcome' -r
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand transfer" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand refund" -l amount -d 'How much the merchant refunded [default: all that is left]' -r
complete -c okpay -n "__fish_okpay_using_subcommand refund" -l reason -d 'Why' -r
complete -c okpay -n "__fish_okpay_using_subcommand refund" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand refund" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand refund" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand refund" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand refund" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand refund" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand refund" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand refund" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand refund" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand refund" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand refund" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand refund" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand refund" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -f -a "add" -d 'Add a merchant'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -f -a "list" -d 'List merchants'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -f -a "block" -d 'Block a merchant: payments to it are declined'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -f -a "unblock" -d 'Unblock a merchant'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and not __fish_seen_subcommand_from add list block unblock help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -l category -d 'A category, for reports' -r
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -l currency -d 'A currency it takes (repeat for more) [default: every currency]' -r
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -l verify-key -d 'Its Ed25519 public key: the raw 32 bytes in base64, or a PEM PUBLIC KEY file. Its payment requests must then be signed with the matching private key (`okpay request --sign-key`)' -r
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -l no-okpay -d 'The merchant does not accept okpay (payments are declined)'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from list" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from list" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from list" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from list" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from list" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from list" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from list" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from list" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from list" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from block" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from block" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from block" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from block" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from block" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from block" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from block" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from block" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from block" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from block" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from block" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from block" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from block" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from unblock" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from unblock" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from unblock" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from unblock" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from unblock" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from unblock" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from unblock" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from unblock" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from unblock" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from unblock" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from unblock" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from unblock" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from unblock" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a merchant'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from help" -f -a "list" -d 'List merchants'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from help" -f -a "block" -d 'Block a merchant: payments to it are declined'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from help" -f -a "unblock" -d 'Unblock a merchant'
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and not __fish_seen_subcommand_from set cancel help" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand limits; and not __fish_seen_subcommand_from set cancel help" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand limits; and not __fish_seen_subcommand_from set cancel help" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand limits; and not __fish_seen_subcommand_from set cancel help" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand limits; and not __fish_seen_subcommand_from set cancel help" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand limits; and not __fish_seen_subcommand_from set cancel help" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand limits; and not __fish_seen_subcommand_from set cancel help" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and not __fish_seen_subcommand_from set cancel help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and not __fish_seen_subcommand_from set cancel help" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and not __fish_seen_subcommand_from set cancel help" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and not __fish_seen_subcommand_from set cancel help" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and not __fish_seen_subcommand_from set cancel help" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and not __fish_seen_subcommand_from set cancel help" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and not __fish_seen_subcommand_from set cancel help" -f -a "set" -d 'Change limits: a lower amount applies at once; a higher one needs the password again (a step-up) and applies 24 hours later'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and not __fish_seen_subcommand_from set cancel help" -f -a "cancel" -d 'Withdraw every pending raise (the limits in force stay as they are)'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and not __fish_seen_subcommand_from set cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from set" -l per-transaction -d 'The largest single payment, in the base currency' -r
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from set" -l daily -d 'The most paid in one calendar day of the wallet\'s zone' -r
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from set" -l monthly -d 'The most paid in one calendar month of the wallet\'s zone' -r
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from set" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from set" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from set" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from set" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from set" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from set" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from set" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from set" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from set" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from cancel" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from cancel" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from cancel" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from cancel" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from cancel" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from cancel" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from cancel" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from cancel" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from cancel" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change limits: a lower amount applies at once; a higher one needs the password again (a step-up) and applies 24 hours later'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Withdraw every pending raise (the limits in force stay as they are)'
complete -c okpay -n "__fish_okpay_using_subcommand limits; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and not __fish_seen_subcommand_from rules set help" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand risk; and not __fish_seen_subcommand_from rules set help" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand risk; and not __fish_seen_subcommand_from rules set help" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand risk; and not __fish_seen_subcommand_from rules set help" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand risk; and not __fish_seen_subcommand_from rules set help" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand risk; and not __fish_seen_subcommand_from rules set help" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand risk; and not __fish_seen_subcommand_from rules set help" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and not __fish_seen_subcommand_from rules set help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and not __fish_seen_subcommand_from rules set help" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and not __fish_seen_subcommand_from rules set help" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and not __fish_seen_subcommand_from rules set help" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and not __fish_seen_subcommand_from rules set help" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and not __fish_seen_subcommand_from rules set help" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and not __fish_seen_subcommand_from rules set help" -f -a "rules" -d 'List every rule: on or off, its settings, and how often it fired (no unlocking needed)'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and not __fish_seen_subcommand_from rules set help" -f -a "set" -d 'Change a rule or the thresholds: `risk set velocity count=3 window=15m`, `risk set night_large enabled=false`, `risk set thresholds highest=80`. Tightening applies at once; loosening (switching a rule off, a higher amount or count, a shorter window, a lower score, a higher threshold) needs the password again (a step-up)'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and not __fish_seen_subcommand_from rules set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from rules" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from rules" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from rules" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from rules" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from rules" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from rules" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from rules" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from rules" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from rules" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from rules" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from rules" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from rules" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from rules" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from set" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from set" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from set" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from set" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from set" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from set" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from set" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from set" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from set" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from help" -f -a "rules" -d 'List every rule: on or off, its settings, and how often it fired (no unlocking needed)'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a rule or the thresholds: `risk set velocity count=3 window=15m`, `risk set night_large enabled=false`, `risk set thresholds highest=80`. Tightening applies at once; loosening (switching a rule off, a higher amount or count, a shorter window, a lower score, a higher threshold) needs the password again (a step-up)'
complete -c okpay -n "__fish_okpay_using_subcommand risk; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -f -a "rates" -d 'List the exchange rates: each with its date and source, and whether it is stale (no unlocking needed)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -f -a "set" -d 'Set a rate: 1 BASE = RATE QUOTE, dated today (it replaces the pair\'s rate both ways)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -f -a "import" -d 'Import rates from a file, recognised from its content: a CSV of date,base,quote,rate, or the European Central Bank\'s euro reference rates (daily or historical CSV, or XML)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -f -a "spread" -d 'Set the spread charged on conversions, in percent (default 0.5; at most 10); needs the password again (a step-up)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and not __fish_seen_subcommand_from rates set import spread help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from rates" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from rates" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from rates" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from rates" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from rates" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from rates" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from rates" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from rates" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from rates" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from rates" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from rates" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from rates" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from rates" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from set" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from set" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from set" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from set" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from set" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from set" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from set" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from set" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from set" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from import" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from import" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from import" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from import" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from import" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from import" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from import" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from import" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from import" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from import" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from spread" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from spread" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from spread" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from spread" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from spread" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from spread" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from spread" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from spread" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from spread" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from spread" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from spread" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from spread" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from spread" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from help" -f -a "rates" -d 'List the exchange rates: each with its date and source, and whether it is stale (no unlocking needed)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a rate: 1 BASE = RATE QUOTE, dated today (it replaces the pair\'s rate both ways)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import rates from a file, recognised from its content: a CSV of date,base,quote,rate, or the European Central Bank\'s euro reference rates (daily or historical CSV, or XML)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from help" -f -a "spread" -d 'Set the spread charged on conversions, in percent (default 0.5; at most 10); needs the password again (a step-up)'
complete -c okpay -n "__fish_okpay_using_subcommand fx; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand convert" -l from -d 'The balance to convert from' -r
complete -c okpay -n "__fish_okpay_using_subcommand convert" -l to -d 'The balance to convert to' -r
complete -c okpay -n "__fish_okpay_using_subcommand convert" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand convert" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand convert" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand convert" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand convert" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand convert" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand convert" -l to-amount -d 'AMOUNT is what must arrive in TO: the least FROM amount that gives it is taken'
complete -c okpay -n "__fish_okpay_using_subcommand convert" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand convert" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand convert" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand convert" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand convert" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand convert" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand convert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okpay -n "__fish_okpay_using_subcommand history" -l from -d 'Only transactions from this time: RFC 3339, YYYY-MM-DD or YYYY-MM in the wallet\'s zone, or today, yesterday, this-month, last-month, this-year' -r
complete -c okpay -n "__fish_okpay_using_subcommand history" -l to -d 'Only transactions up to this time (a date, month or word includes the whole of it)' -r
complete -c okpay -n "__fish_okpay_using_subcommand history" -l kind -d 'Only this kind: topup, payment, refund, conversion, transfer, settlement' -r
complete -c okpay -n "__fish_okpay_using_subcommand history" -l status -d 'Only this status: pending, succeeded, failed, declined, partially_refunded, refunded' -r
complete -c okpay -n "__fish_okpay_using_subcommand history" -l merchant -d 'Only this merchant: its id, its name (any letter case) or a unique prefix of it' -r
complete -c okpay -n "__fish_okpay_using_subcommand history" -l currency -d 'Only this currency' -r
complete -c okpay -n "__fish_okpay_using_subcommand history" -l min -d 'Only amounts at least this large' -r
complete -c okpay -n "__fish_okpay_using_subcommand history" -l max -d 'Only amounts at most this large' -r
complete -c okpay -n "__fish_okpay_using_subcommand history" -l search -d 'Only transactions whose id, memo, order, merchant, source or items contain TEXT' -r
complete -c okpay -n "__fish_okpay_using_subcommand history" -l limit -d 'How many to show' -r
complete -c okpay -n "__fish_okpay_using_subcommand history" -l format -d 'Output format (--json means --format json)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''"
complete -c okpay -n "__fish_okpay_using_subcommand history" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand history" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand history" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand history" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand history" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand history" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand history" -l all -d 'Show every matching transaction'
complete -c okpay -n "__fish_okpay_using_subcommand history" -l links -d 'Show a bank top-up and its settlement as the separate, linked transactions they are (by default they are one row whose status moves), with every row\'s links'
complete -c okpay -n "__fish_okpay_using_subcommand history" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand history" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand history" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand history" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand history" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand history" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand history" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand receipt" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand receipt" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand receipt" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand receipt" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand receipt" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand receipt" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand receipt" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand receipt" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand receipt" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand receipt" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand receipt" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand receipt" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand receipt" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand export" -l format -d 'The format' -r -f -a "csv\t'okpay\'s own CSV (RFC 4180), which `okpay import` reads back'
json\t'{"transactions": […]}, with postings and links'
ledger\t'an hledger journal (`hledger -f FILE check -s` passes)'
beancount\t'a beancount file (`bean-check FILE` passes)'"
complete -c okpay -n "__fish_okpay_using_subcommand export" -l from -d 'Only transactions at or after this time (RFC 3339, or YYYY-MM-DD in the wallet\'s zone)' -r
complete -c okpay -n "__fish_okpay_using_subcommand export" -l to -d 'Only transactions before this time (a date includes that day)' -r
complete -c okpay -n "__fish_okpay_using_subcommand export" -s o -l output -d 'Write to FILE (replaced whole, readable only by you) instead of standard output' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand export" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand export" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand export" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand export" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand export" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand export" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand export" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand export" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand export" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand export" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand export" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand export" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okpay -n "__fish_okpay_using_subcommand import" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand import" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand import" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand import" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand import" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand import" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand import" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand import" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand import" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand import" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand import" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand import" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand import" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand statement" -l month -d 'The month, YYYY-MM (in the wallet\'s zone)' -r
complete -c okpay -n "__fish_okpay_using_subcommand statement" -l currency -d 'Only this currency' -r
complete -c okpay -n "__fish_okpay_using_subcommand statement" -l format -d 'Output format (--json means --format json)' -r -f -a "table\t''
csv\t''
json\t''
html\t'a self-contained page to print or keep (inline styles and chart, no external resources)'"
complete -c okpay -n "__fish_okpay_using_subcommand statement" -s o -l output -d 'Write to FILE (replaced whole, readable only by you) instead of standard output' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand statement" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand statement" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand statement" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand statement" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand statement" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand statement" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand statement" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand statement" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand statement" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand statement" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand statement" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand statement" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand statement" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c okpay -n "__fish_okpay_using_subcommand report; and not __fish_seen_subcommand_from spending balance help" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand report; and not __fish_seen_subcommand_from spending balance help" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand report; and not __fish_seen_subcommand_from spending balance help" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand report; and not __fish_seen_subcommand_from spending balance help" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand report; and not __fish_seen_subcommand_from spending balance help" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand report; and not __fish_seen_subcommand_from spending balance help" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand report; and not __fish_seen_subcommand_from spending balance help" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand report; and not __fish_seen_subcommand_from spending balance help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand report; and not __fish_seen_subcommand_from spending balance help" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand report; and not __fish_seen_subcommand_from spending balance help" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand report; and not __fish_seen_subcommand_from spending balance help" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand report; and not __fish_seen_subcommand_from spending balance help" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand report; and not __fish_seen_subcommand_from spending balance help" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand report; and not __fish_seen_subcommand_from spending balance help" -f -a "spending" -d 'Spending (payments net of their refunds) by merchant, category, month or day, with a bar chart in the terminal'
complete -c okpay -n "__fish_okpay_using_subcommand report; and not __fish_seen_subcommand_from spending balance help" -f -a "balance" -d 'The available balance at the end of each day, per currency, as a sparkline'
complete -c okpay -n "__fish_okpay_using_subcommand report; and not __fish_seen_subcommand_from spending balance help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -l by -d 'How to group the payments' -r -f -a "merchant\t''
category\t''
month\t''
day\t''"
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -l from -d 'From this time: RFC 3339, YYYY-MM-DD, YYYY-MM, or today, yesterday, this-month, last-month, this-year (default: this month)' -r
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -l to -d 'Up to this time (a date, month or word includes the whole of it)' -r
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -l format -d 'Output format (--json means --format json)' -r -f -a "table\t''
json\t''
csv\t''"
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from spending" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from balance" -l currency -d 'Only this currency' -r
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from balance" -l from -d 'From this day (default: the start of this month)' -r
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from balance" -l to -d 'Up to this day, included (default: the end of this month)' -r
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from balance" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from balance" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from balance" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from balance" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from balance" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from balance" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from balance" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from balance" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from balance" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from balance" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from balance" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from balance" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from balance" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "spending" -d 'Spending (payments net of their refunds) by merchant, category, month or day, with a bar chart in the terminal'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "balance" -d 'The available balance at the end of each day, per currency, as a sparkline'
complete -c okpay -n "__fish_okpay_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand verify" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand verify" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand verify" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand verify" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand verify" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand verify" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand verify" -l accept -d 'After deliberately putting an older copy of the wallet back: verify it with the password and accept it as the current state (re-anchor this machine\'s rollback anchor)'
complete -c okpay -n "__fish_okpay_using_subcommand verify" -l deep -d 'SQLite\'s full `integrity_check` (every index entry matched to its row) instead of the default `quick_check` (every page and b-tree): N log N instead of linear, about twice as long on a large wallet'
complete -c okpay -n "__fish_okpay_using_subcommand verify" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand verify" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand verify" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand verify" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand verify" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand verify" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand verify" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand backup" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand backup" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand backup" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand backup" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand backup" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand backup" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand backup" -l force -d 'Replace FILE if it exists'
complete -c okpay -n "__fish_okpay_using_subcommand backup" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand backup" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand backup" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand backup" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand backup" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand backup" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand backup" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand restore" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand restore" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand restore" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand restore" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand restore" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand restore" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand restore" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand restore" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand restore" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand restore" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand restore" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand restore" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand restore" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -f -a "events" -d 'List the security log, newest first: logins, failed logins, lock-outs, sessions, source and merchant changes, freezes, risk challenges and blocks, backups and restores (no unlocking needed)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -f -a "freeze" -d 'Freeze the wallet at once, without unlocking: every money movement (pay, topup, refund…) is refused with `frozen` (exit 4) until `security unfreeze`; reading keeps working'
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -f -a "unfreeze" -d 'Lift a freeze: needs the password again even inside a session (--password-stdin, --password-file, OKPAY_PASSWORD or a prompt), else `step_up_required` (exit 3)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -f -a "check" -d 'Audit the wallet: file permissions, two-factor authentication, password age, open sessions, recent risk blocks, backups, the rollback anchor, the freeze (no unlocking needed; findings are not errors: exit 0)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -f -a "lockdown" -d '"I see a transaction I do not recognise": freeze money movements, end every session, change the password (current then new: prompts, or two lines with --password-stdin), and hand out one fresh session; then say how to report it'
complete -c okpay -n "__fish_okpay_using_subcommand security; and not __fish_seen_subcommand_from events freeze unfreeze check lockdown help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from events" -l kind -d 'Only events of this kind (repeat for several; see the list below)' -r
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from events" -l since -d 'Only events at or after this time (RFC 3339, or YYYY-MM-DD in the wallet\'s zone)' -r
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from events" -l limit -d 'How many events to show, newest first (1 to 1000)' -r
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from events" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from events" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from events" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from events" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from events" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from events" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from events" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from events" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from events" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from events" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from events" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from events" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from freeze" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from freeze" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from freeze" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from freeze" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from freeze" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from freeze" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from freeze" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from freeze" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from freeze" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from freeze" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from freeze" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from freeze" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from freeze" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from unfreeze" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from unfreeze" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from unfreeze" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from unfreeze" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from unfreeze" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from unfreeze" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from unfreeze" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from unfreeze" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from unfreeze" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from unfreeze" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from unfreeze" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from unfreeze" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from unfreeze" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from check" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from check" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from check" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from check" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from check" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from check" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from check" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from check" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from check" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from check" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from lockdown" -l ttl -d 'How long the fresh session lives: 90s, 15m, 2h … at most 12h' -r
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from lockdown" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from lockdown" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from lockdown" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from lockdown" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from lockdown" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from lockdown" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from lockdown" -l rotate-key -d 'Also replace the wallet key (every secret re-encrypted, the ledger re-sealed)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from lockdown" -l raw -d 'Print the bare token and a newline instead of an export line'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from lockdown" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from lockdown" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from lockdown" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from lockdown" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from lockdown" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from lockdown" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from lockdown" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "events" -d 'List the security log, newest first: logins, failed logins, lock-outs, sessions, source and merchant changes, freezes, risk challenges and blocks, backups and restores (no unlocking needed)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "freeze" -d 'Freeze the wallet at once, without unlocking: every money movement (pay, topup, refund…) is refused with `frozen` (exit 4) until `security unfreeze`; reading keeps working'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "unfreeze" -d 'Lift a freeze: needs the password again even inside a session (--password-stdin, --password-file, OKPAY_PASSWORD or a prompt), else `step_up_required` (exit 3)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "check" -d 'Audit the wallet: file permissions, two-factor authentication, password age, open sessions, recent risk blocks, backups, the rollback anchor, the freeze (no unlocking needed; findings are not errors: exit 0)'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "lockdown" -d '"I see a transaction I do not recognise": freeze money movements, end every session, change the password (current then new: prompts, or two lines with --password-stdin), and hand out one fresh session; then say how to report it'
complete -c okpay -n "__fish_okpay_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -f -a "clock" -d 'Show or move the test clock: it stands still until moved, and only moves forward'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -f -a "source" -d 'Set a source\'s simulated external balance (default 10,000.00 in its currency)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -f -a "rail" -d 'Take a simulated rail down (top-ups through it fail with rail_unavailable) or up'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -f -a "maintenance" -d 'Put the wallet in maintenance (money movements refused with `maintenance`) or out, or schedule a maintenance window with a start, an end and a note'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -f -a "generate" -d 'Record N generated transactions (for benchmarks): top-ups (card, EUR card, bank settled or returned), payments, declines and refunds'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and not __fish_seen_subcommand_from clock source rail maintenance generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "show" -d 'Print the test clock (the default)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "set" -d 'Move the clock to TIME (RFC 3339, or YYYY-MM-DD in the wallet\'s zone); never backwards'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "advance" -d 'Move the clock forward by DURATION (90s, 15m, 2h, 1d)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from clock" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from source" -l balance -d 'The new simulated balance' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from source" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from source" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from source" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from source" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from source" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from source" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from source" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from source" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from source" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from source" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from source" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from source" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from rail" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from rail" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from rail" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from rail" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from rail" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from rail" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from rail" -l down -d 'Take it down'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from rail" -l up -d 'Bring it back up'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from rail" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from rail" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from rail" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from rail" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from rail" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from rail" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from rail" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -l from -d 'Schedule a window starting at TIME (RFC 3339, or YYYY-MM-DD at midnight in the wallet\'s zone); with --until' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -l until -d 'When the window is expected to end (at most 30 days after --from)' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -l note -d 'What the announcement says, in one line' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -l on -d 'Start maintenance now, with no end announced'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -l off -d 'End maintenance (and any scheduled window)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from maintenance" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l transactions -d 'How many transactions to make (at most 10,000,000)' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "clock" -d 'Show or move the test clock: it stands still until moved, and only moves forward'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "source" -d 'Set a source\'s simulated external balance (default 10,000.00 in its currency)'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "rail" -d 'Take a simulated rail down (top-ups through it fail with rail_unavailable) or up'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "maintenance" -d 'Put the wallet in maintenance (money movements refused with `maintenance`) or out, or schedule a maintenance window with a start, an end and a note'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Record N generated transactions (for benchmarks): top-ups (card, EUR card, bank settled or returned), payments, declines and refunds'
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -f -a "faq" -d 'The offline help centre: list the articles, search them, or show one (in --lang)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -f -a "contact" -d 'Where support can be reached: help centre, e-mail, live chat, social accounts'
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -f -a "news" -d 'Announcements: maintenance windows (scheduled, in progress, ended) and notices'
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -f -a "ticket" -d 'Support tickets: what support needs, and nothing it must not see'
complete -c okpay -n "__fish_okpay_using_subcommand support; and not __fish_seen_subcommand_from faq contact news ticket help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from faq" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from faq" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from faq" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from faq" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from faq" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from faq" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from faq" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from faq" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from faq" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from faq" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from faq" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from faq" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from faq" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from faq" -a "show" -d 'Print one article, formatted for the terminal, in the language of --lang'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from faq" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from contact" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from contact" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from contact" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from contact" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from contact" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from contact" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from contact" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from contact" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from contact" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from contact" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from contact" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from contact" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from contact" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from contact" -f -a "set" -d 'Change a channel (needs the wallet unlocked); setting its default value resets it'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from contact" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from news" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from news" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from news" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from news" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from news" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from news" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from news" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from news" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from news" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from news" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from news" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from news" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from news" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -f -a "new" -d 'Open a ticket (needs the wallet unlocked): a subject, a description, the transactions it is about, and screenshots or other files'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -f -a "list" -d 'List tickets, newest first (no unlocking)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -f -a "show" -d 'Show one ticket: its messages, attachments and transactions (no unlocking)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -f -a "reply" -d 'Add a message (and files) to an open ticket (needs the wallet unlocked)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -f -a "close" -d 'Close a ticket (needs the wallet unlocked)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -f -a "attachment" -d 'Write attachment N of a ticket back to a file, byte for byte (needs the wallet unlocked)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -f -a "export" -d 'Write the ticket as an e-mail to the support address (RFC 5322, MIME, attachments in base64), ready for `sendmail -t` or a mail client (needs the wallet unlocked)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "faq" -d 'The offline help centre: list the articles, search them, or show one (in --lang)'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "contact" -d 'Where support can be reached: help centre, e-mail, live chat, social accounts'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "news" -d 'Announcements: maintenance windows (scheduled, in progress, ended) and notices'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "ticket" -d 'Support tickets: what support needs, and nothing it must not see'
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand demo" -l keep -d 'Keep the demo wallet in this directory instead of a throw-away one' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand demo" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand demo" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand demo" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand demo" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand demo" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand demo" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand demo" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand demo" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand demo" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand demo" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand demo" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand demo" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand demo" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand completions" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand completions" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand completions" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand completions" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand completions" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand completions" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand completions" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand completions" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand completions" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand completions" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand completions" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand completions" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand generate-docs" -l db -d 'Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand generate-docs" -l lang -d 'Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]' -r -f -a "en\t''
zh\t''"
complete -c okpay -n "__fish_okpay_using_subcommand generate-docs" -l color -d 'When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c okpay -n "__fish_okpay_using_subcommand generate-docs" -l password-file -d 'Read the password from the first line of FILE (which must not be readable by others)' -r -F
complete -c okpay -n "__fish_okpay_using_subcommand generate-docs" -l otp -d 'A one-time code from your authenticator app, once two-factor authentication is on' -r
complete -c okpay -n "__fish_okpay_using_subcommand generate-docs" -l recovery-code -d 'A single-use recovery code, in place of a one-time code' -r
complete -c okpay -n "__fish_okpay_using_subcommand generate-docs" -l json -d 'Print exactly one JSON document on stdout, on success and on failure'
complete -c okpay -n "__fish_okpay_using_subcommand generate-docs" -s y -l yes -d 'Answer yes to every confirmation'
complete -c okpay -n "__fish_okpay_using_subcommand generate-docs" -l no-input -d 'Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)'
complete -c okpay -n "__fish_okpay_using_subcommand generate-docs" -s q -l quiet -d 'On success print only the primary value; on failure only the error code on stderr'
complete -c okpay -n "__fish_okpay_using_subcommand generate-docs" -l wide -d 'Show ids in full in tables (piped output and JSON always have them in full)'
complete -c okpay -n "__fish_okpay_using_subcommand generate-docs" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c okpay -n "__fish_okpay_using_subcommand generate-docs" -s h -l help -d 'Print help'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "init" -d 'Create a new wallet (the password is asked twice, or read with --password-stdin/--password-file)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "login" -d 'Unlock once and start a session: prints `export OKPAY_SESSION=…`'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "password" -d 'Change the password (current, then new: prompts, or two lines with --password-stdin)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "2fa" -d 'Two-factor authentication with an authenticator app (TOTP): enable, confirm, status, disable, recovery codes'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "logout" -d 'End the session in OKPAY_SESSION, or every session with --all'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "status" -d 'Show the wallet: locked or unlocked, session expiry, sandbox or not, time zone'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "balance" -d 'Show available and pending money per currency, and the total in the base currency'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "source" -d 'Funding sources: cards, bank accounts, online platforms, third-party providers'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "topup" -d 'Put money into the wallet from a funding source (asks to confirm; --yes in scripts)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "pay" -d 'Pay a merchant: by flags, a JSON payment request (--request), an okpay:pay? URI, or a QR code in an image (--qr)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "request" -d 'Make a payment request: print its okpay:pay? URI and draw its QR code (no unlocking)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "transfer" -d 'Send money out on the bank rail: to your own bank source or to an IBAN (asks to confirm; --yes in scripts)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "refund" -d 'Record a merchant\'s full or partial refund of a payment'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "merchant" -d 'Merchants: add, list, block, unblock'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "limits" -d 'Spending limits in the base currency: show them, lower or raise them, cancel a raise'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "risk" -d 'Risk monitoring: the rules that score every payment, their settings, how often they fired'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "fx" -d 'Exchange rates: list, set and import them, and set the conversion spread'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "convert" -d 'Convert money between two of your balances, at the current rate less the spread. Shows the quote (rate, its date, spread, both amounts) and asks to confirm (--yes in scripts).'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "history" -d 'List transactions, newest first'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "receipt" -d 'Show one transaction in full'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "export" -d 'Write every transaction out as okpay CSV or JSON, an hledger journal or a beancount file'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "import" -d 'Read okpay\'s CSV export back in (idempotent by transaction id; all or nothing)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "statement" -d 'A monthly statement: opening balance, every movement, fees, closing balance'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "report" -d 'Reports: spending by merchant, category, month or day as a bar chart; the balance over time as a sparkline'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "verify" -d 'Check the wallet\'s integrity (exit 13 on damage, tampering or a rollback); unlocked, also the HMAC chain and every sealed row'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "backup" -d 'Write a consistent copy of the wallet to FILE (0600, sessions left out), even while other okpay processes are writing to it'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "restore" -d 'Replace the wallet with a backup, after checking it with the password (asks to confirm; --yes in scripts)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "security" -d 'The security centre: the security log, an emergency freeze, a self-audit'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "sandbox" -d 'Test controls of sandbox wallets (made with `init --sandbox`)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "support" -d 'Help, even offline: the help centre, contact channels, announcements and support tickets'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "demo" -d 'A narrated tour in a throw-away sandbox wallet'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "completions" -d 'Print a shell completion script'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "generate-docs" -d 'Write the man pages and completion scripts into a directory (for maintainers)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and not __fish_seen_subcommand_from init login password 2fa logout status balance source topup pay request transfer refund merchant limits risk fx convert history receipt export import statement report verify backup restore security sandbox support demo completions generate-docs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from password" -f -a "change" -d 'Change the password: the wallet key is re-wrapped and every other session ends. The current password, then the new one, from prompts (the new one twice) or as two lines of standard input with --password-stdin; the new one must pass the strength policy'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from 2fa" -f -a "enable" -d 'Start: a new secret for your authenticator app, shown as an otpauth:// URI, a QR code and Base32 text; it is on once `2fa confirm` checks a first code'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from 2fa" -f -a "confirm" -d 'Turn 2FA on with the first code the app shows; prints 10 single-use recovery codes once'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from 2fa" -f -a "status" -d 'Whether 2FA is on, and how many recovery codes are left (no unlocking)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from 2fa" -f -a "disable" -d 'Turn 2FA off: needs the password and a code (--otp) or a recovery code'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from 2fa" -f -a "recovery-codes" -d 'Recovery codes'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from source" -f -a "add" -d 'Add a funding source (needs the wallet unlocked); its details are checked at entry'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from source" -f -a "list" -d 'List funding sources, always masked'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from source" -f -a "remove" -d 'Remove a funding source; transactions that used it keep naming it'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from source" -f -a "providers" -d 'The supported online platforms and third-party providers, with their fees'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from merchant" -f -a "add" -d 'Add a merchant'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from merchant" -f -a "list" -d 'List merchants'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from merchant" -f -a "block" -d 'Block a merchant: payments to it are declined'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from merchant" -f -a "unblock" -d 'Unblock a merchant'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from limits" -f -a "set" -d 'Change limits: a lower amount applies at once; a higher one needs the password again (a step-up) and applies 24 hours later'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from limits" -f -a "cancel" -d 'Withdraw every pending raise (the limits in force stay as they are)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from risk" -f -a "rules" -d 'List every rule: on or off, its settings, and how often it fired (no unlocking needed)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from risk" -f -a "set" -d 'Change a rule or the thresholds: `risk set velocity count=3 window=15m`, `risk set night_large enabled=false`, `risk set thresholds highest=80`. Tightening applies at once; loosening (switching a rule off, a higher amount or count, a shorter window, a lower score, a higher threshold) needs the password again (a step-up)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from fx" -f -a "rates" -d 'List the exchange rates: each with its date and source, and whether it is stale (no unlocking needed)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from fx" -f -a "set" -d 'Set a rate: 1 BASE = RATE QUOTE, dated today (it replaces the pair\'s rate both ways)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from fx" -f -a "import" -d 'Import rates from a file, recognised from its content: a CSV of date,base,quote,rate, or the European Central Bank\'s euro reference rates (daily or historical CSV, or XML)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from fx" -f -a "spread" -d 'Set the spread charged on conversions, in percent (default 0.5; at most 10); needs the password again (a step-up)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "spending" -d 'Spending (payments net of their refunds) by merchant, category, month or day, with a bar chart in the terminal'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "balance" -d 'The available balance at the end of each day, per currency, as a sparkline'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from security" -f -a "events" -d 'List the security log, newest first: logins, failed logins, lock-outs, sessions, source and merchant changes, freezes, risk challenges and blocks, backups and restores (no unlocking needed)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from security" -f -a "freeze" -d 'Freeze the wallet at once, without unlocking: every money movement (pay, topup, refund…) is refused with `frozen` (exit 4) until `security unfreeze`; reading keeps working'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from security" -f -a "unfreeze" -d 'Lift a freeze: needs the password again even inside a session (--password-stdin, --password-file, OKPAY_PASSWORD or a prompt), else `step_up_required` (exit 3)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from security" -f -a "check" -d 'Audit the wallet: file permissions, two-factor authentication, password age, open sessions, recent risk blocks, backups, the rollback anchor, the freeze (no unlocking needed; findings are not errors: exit 0)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from security" -f -a "lockdown" -d '"I see a transaction I do not recognise": freeze money movements, end every session, change the password (current then new: prompts, or two lines with --password-stdin), and hand out one fresh session; then say how to report it'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "clock" -d 'Show or move the test clock: it stands still until moved, and only moves forward'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "source" -d 'Set a source\'s simulated external balance (default 10,000.00 in its currency)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "rail" -d 'Take a simulated rail down (top-ups through it fail with rail_unavailable) or up'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "maintenance" -d 'Put the wallet in maintenance (money movements refused with `maintenance`) or out, or schedule a maintenance window with a start, an end and a note'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "generate" -d 'Record N generated transactions (for benchmarks): top-ups (card, EUR card, bank settled or returned), payments, declines and refunds'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "faq" -d 'The offline help centre: list the articles, search them, or show one (in --lang)'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "contact" -d 'Where support can be reached: help centre, e-mail, live chat, social accounts'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "news" -d 'Announcements: maintenance windows (scheduled, in progress, ended) and notices'
complete -c okpay -n "__fish_okpay_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "ticket" -d 'Support tickets: what support needs, and nothing it must not see'

# Source ids and labels, merchant names and transaction ids come from the wallet itself:
# `okpay __complete` prints them (no unlocking; nothing secret).
function __okpay_dynamic
    command okpay __complete fish -- (commandline -opc) (commandline -ct) 2>/dev/null
end
complete -c okpay -n "__fish_okpay_using_subcommand topup" -l source -r -f -a "(__okpay_dynamic)"
complete -c okpay -n "__fish_okpay_using_subcommand topup" -l retry -r -f -a "(__okpay_dynamic)"
complete -c okpay -n "__fish_okpay_using_subcommand source; and __fish_seen_subcommand_from remove" -f -a "(__okpay_dynamic)"
complete -c okpay -n "__fish_okpay_using_subcommand sandbox; and __fish_seen_subcommand_from source" -f -a "(__okpay_dynamic)"
complete -c okpay -n "__fish_okpay_using_subcommand pay" -l merchant -r -f -a "(__okpay_dynamic)"
complete -c okpay -n "__fish_okpay_using_subcommand request" -l merchant -r -f -a "(__okpay_dynamic)"
complete -c okpay -n "__fish_okpay_using_subcommand history" -l merchant -r -f -a "(__okpay_dynamic)"
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from block" -f -a "(__okpay_dynamic)"
complete -c okpay -n "__fish_okpay_using_subcommand merchant; and __fish_seen_subcommand_from unblock" -f -a "(__okpay_dynamic)"
complete -c okpay -n "__fish_okpay_using_subcommand receipt" -f -a "(__okpay_dynamic)"
complete -c okpay -n "__fish_okpay_using_subcommand refund" -f -a "(__okpay_dynamic)"
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket; and __fish_seen_subcommand_from new" -l tx -r -f -a "(__okpay_dynamic)"
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket; and __fish_seen_subcommand_from show" -f -a "(__okpay_dynamic)"
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket; and __fish_seen_subcommand_from reply" -f -a "(__okpay_dynamic)"
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket; and __fish_seen_subcommand_from close" -f -a "(__okpay_dynamic)"
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket; and __fish_seen_subcommand_from attachment" -f -a "(__okpay_dynamic)"
complete -c okpay -n "__fish_okpay_using_subcommand support; and __fish_seen_subcommand_from ticket; and __fish_seen_subcommand_from export" -f -a "(__okpay_dynamic)"
