# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# bash completion for jagaakun(1)                          -*- shell-script -*-
#
# Commands and options come from the program's own --help, so they never
# drift from it; the values of -f, --lang and --platform are listed here
# (tests/completion.sh checks them against the program).

# The formats -f takes with command $1.
_jagaakun_formats()
{
    case $1 in
    report) echo "json text csv xlsx" ;;
    collect) echo "text csv json xlsx html" ;;
    handout) echo "text md html" ;;
    esac
}

_jagaakun()
{
    local cur prev words cword split
    _init_completion -s || return

    local prog=${words[0]} cmd= i
    # The command: the first word that is neither an option given before
    # it nor such an option's argument.
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
        -r | --record | -c | --content | -l | --lang | -s | --site) ((i++)) ;;
        -*) ;;
        *) cmd=${words[i]}; break ;;
        esac
    done

    case $prev in
    -r | --record | -s | --site | -o | --output | --roster)
        _filedir
        return
        ;;
    -c | --content)
        _filedir -d
        return
        ;;
    -l | --lang)
        COMPREPLY=($(compgen -W 'id en' -- "$cur"))
        return
        ;;
    -f | --format)
        COMPREPLY=($(compgen -W "$(_jagaakun_formats "$cmd")" -- "$cur"))
        return
        ;;
    -p | --platform)
        COMPREPLY=($(compgen -W 'android iphone web' -- "$cur"))
        return
        ;;
    -u | --unit | --nip | --as-of | --stale)
        return
        ;;
    esac
    $split && return

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W '$(_parse_help "$prog" "${cmd:+$cmd }--help")' \
            -- "$cur"))
        [[ ${COMPREPLY-} == *= ]] && compopt -o nospace
        return
    fi
    case $cmd in
    '')
        COMPREPLY=($(compgen -W '$("$prog" --lang en --help 2>/dev/null |
            sed -n "/^Commands:/,/^\$/s/^  \([a-z][a-z-]*\).*/\1/p")' \
            -- "$cur"))
        ;;
    check-content) _filedir -d ;;
    check-site) _filedir cfg ;;
    collect) _filedir ;;
    esac
} &&
    complete -F _jagaakun jagaakun

# ex: filetype=sh
