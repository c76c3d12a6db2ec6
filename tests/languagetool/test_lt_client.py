import contextlib
import json
import socket
import threading
import time

import pytest

from editlint.errors import ServiceError, UsageError
from editlint.packs.languagetool.client import DEFAULT_CHUNK_SIZE, MAX_IN_FLIGHT, LanguageToolClient, Match, chunks

SENTENCE = "He go to school every days."


def by_rule(matches):
    return {m.rule_id: m for m in matches}


def test_matches_at_the_right_offsets(languagetool_url):
    matches = LanguageToolClient(languagetool_url).check(SENTENCE)
    assert all(isinstance(m, Match) for m in matches)
    spans = {SENTENCE[m.offset : m.offset + m.length] for m in matches}
    assert {"go", "days"} <= spans
    agreement = by_rule(matches)["HE_VERB_AGR"]
    assert (agreement.offset, agreement.length) == (3, 2)
    assert agreement.category_id == "GRAMMAR" and agreement.issue_type == "grammar"
    assert "goes" in agreement.replacements and agreement.rule_description


def test_offsets_survive_chunking_and_astral_characters(languagetool_url):
    paragraphs = [f"Paragraph {i} is fine. 🎉 {SENTENCE}" for i in range(6)]
    text = "\n\n".join(paragraphs)
    small = LanguageToolClient(languagetool_url, chunk_size=60)
    assert len(chunks(text, 60)) == 6
    matches = [m for m in small.check(text) if m.rule_id == "HE_VERB_AGR"]
    assert len(matches) == 6
    assert all(text[m.offset : m.offset + m.length] == "go" for m in matches)
    whole = LanguageToolClient(languagetool_url).check(text)
    assert [(m.offset, m.rule_id) for m in small.check(text)] == [(m.offset, m.rule_id) for m in whole]


def test_the_pieces_of_a_long_article_are_checked_at_once(languagetool_url, monkeypatch):
    client = LanguageToolClient(languagetool_url, chunk_size=60)
    both_sent = threading.Barrier(2, timeout=20)  # broken (an error) unless two checks are in flight together
    real_request = LanguageToolClient._request

    def request(self, path, params, method="GET", **options):
        if path == "check":
            both_sent.wait()
        return real_request(self, path, params, method, **options)

    monkeypatch.setattr(LanguageToolClient, "_request", request)
    text = "He go to school. The council met on Monday.\n\nShe have a car. The council met on Tuesday.\n"
    assert len(chunks(text, 60)) == 2
    matches = client.check(text)
    assert {text[m.offset : m.offset + m.length] for m in matches} >= {"go", "have"}


def test_chunks_split_at_paragraphs_and_cover_the_text():
    text = "aaa bbb\n\nccc ddd eee\n\nfff\nggg hhh"
    pieces = chunks(text, 10)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 10 and text[start : start + len(piece)] == piece for start, piece in pieces)
    assert pieces[0] == (0, "aaa bbb\n\n")
    assert chunks("", 10) == [(0, "")]


def test_picky_mode_finds_more(languagetool_url):
    text = '"Hello," he said... We\'ll see - maybe.'
    normal = by_rule(LanguageToolClient(languagetool_url).check(text))
    picky = by_rule(LanguageToolClient(languagetool_url, picky=True).check(text))
    assert set(normal) < set(picky) and {"EN_QUOTES", "ELLIPSIS"} <= set(picky)


def test_disabled_rules_and_categories(languagetool_url):
    without_rule = by_rule(LanguageToolClient(languagetool_url, disabled_rules=["HE_VERB_AGR"]).check(SENTENCE))
    assert "HE_VERB_AGR" not in without_rule and without_rule
    without_grammar = LanguageToolClient(languagetool_url, disabled_categories=["GRAMMAR"]).check(SENTENCE)
    assert all(m.category_id != "GRAMMAR" for m in without_grammar)


def test_enabled_default_off_rule(languagetool_url):
    text = "In order to win, we must act."
    assert "IN_ORDER_TO" not in by_rule(LanguageToolClient(languagetool_url).check(text))
    assert "IN_ORDER_TO" in by_rule(LanguageToolClient(languagetool_url, enabled_rules=["IN_ORDER_TO"]).check(text))


def test_rule_info(languagetool_url):
    client = LanguageToolClient(languagetool_url)
    info = client.rule_info("HE_VERB_AGR")
    assert "Agreement error" in info and "GRAMMAR" in info and "rule/show/HE_VERB_AGR?lang=en" in info
    assert "Enabled by default: off" in client.rule_info("IN_ORDER_TO")
    assert "has no rule NO_SUCH_RULE" in client.rule_info("NO_SUCH_RULE")


def test_unsupported_language_is_a_usage_error(languagetool_url):
    with pytest.raises(UsageError, match="xx-YY"):
        LanguageToolClient(languagetool_url, language="xx-YY").check(SENTENCE)


def test_a_check_is_one_request_and_the_language_is_asked_only_when_a_check_is_refused(fake_server):
    url = fake_server(body=b'{"matches": []}')
    assert LanguageToolClient(url).check(SENTENCE) == []
    assert fake_server.paths == ["/v2/check"]
    refused = fake_server(status=400, body=b"Error: 'xx-YY' is not a language code known to LanguageTool.")
    with pytest.raises(UsageError, match="does not support language 'xx-YY'"):
        LanguageToolClient(refused, language="xx-YY").check(SENTENCE)
    assert fake_server.paths[1:] == ["/v2/check", "/v2/languages"]
    with pytest.raises(ServiceError, match="HTTP error 400: Error: 'xx-YY'"):  # a language it has: the refusal stands
        LanguageToolClient(refused).check(SENTENCE)


def test_only_the_pieces_not_checked_before_are_sent_again(languagetool_url, fake_server):
    first, second = f"Paragraph one is fine. {SENTENCE}", f"Paragraph two is fine. {SENTENCE}"
    text = f"{first}\n\n{second}"
    client = LanguageToolClient(languagetool_url, chunk_size=60)
    matches = client.check(text)
    assert [text[m.offset : m.offset + m.length] for m in matches if m.rule_id == "HE_VERB_AGR"] == ["go", "go"]
    edited = f"{first}\n\nParagraph two is fine. She have a car."
    assert client.check(text) == matches
    assert [edited[m.offset : m.offset + m.length] for m in client.check(edited) if m.rule_id.endswith("AGR")] == ["go", "have"]
    assert client.check(edited) == LanguageToolClient(languagetool_url, chunk_size=60).check(edited)

    url = fake_server(answer=lambda form: (200, json.dumps({"matches": []}).encode(), 0.0))
    counting = LanguageToolClient(url, chunk_size=60)
    counting.check(text)
    counting.check(edited)
    counting.check(text)
    sent = [form["text"] for form in fake_server.requests]
    assert sorted(sent[:2]) == sorted([first + "\n\n", second])  # the first check's two pieces go out at once, in either order
    assert sent[2:] == ["Paragraph two is fine. She have a car."]


def test_a_check_tells_when_its_requests_have_gone_out(languagetool_url, fake_server):
    url = fake_server(body=b'{"matches": []}', delay=0.5)
    client = LanguageToolClient(url, chunk_size=60)
    text = f"Paragraph one is fine. {SENTENCE}\n\nParagraph two is fine. {SENTENCE}"
    gone_out = threading.Event()
    checking = threading.Thread(target=client.check, args=(text, gone_out.set))
    checking.start()
    assert gone_out.wait(timeout=5) and checking.is_alive()  # both requests are out, their replies still to come
    checking.join()
    assert len(fake_server.requests) == 2

    told = []
    client.check(text, lambda: told.append("out"))  # pieces checked before need no request: told at once
    real = LanguageToolClient(languagetool_url, chunk_size=60)
    real.check(text, lambda: told.append("real"))
    real.check("", lambda: told.append("nothing"))
    assert told == ["out", "real", "nothing"]


def test_connection_refused():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(ServiceError, match=rf"127\.0\.0\.1:{port}.*connection refused"):
        LanguageToolClient(f"http://127.0.0.1:{port}").check(SENTENCE)


def test_timeout_names_the_setting_that_helps(fake_server):
    url = fake_server(body=b'{"matches": []}', delay=3)
    with pytest.raises(ServiceError, match=r"did not answer within 0\.5s \(timeout; raise languagetool\.timeout"):
        LanguageToolClient(url, timeout=0.5).check(SENTENCE)


def test_http_500(fake_server):
    url = fake_server(status=500, body=b"Error: Internal Error: java.lang.RuntimeException: boom")
    with pytest.raises(ServiceError, match=r"HTTP error 500: Error: Internal Error"):
        LanguageToolClient(url).check(SENTENCE)


def test_error_reply_that_is_not_utf8_is_one_line(fake_server):
    url = fake_server(status=500, body=b"\xff\xfe\x00boom\n\xc3")
    with pytest.raises(ServiceError, match=r"HTTP error 500: .*boom") as err:
        LanguageToolClient(url).check(SENTENCE)
    assert "\n" not in str(err.value)


def test_garbage_instead_of_http_is_a_service_error():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]

        def garbage():
            with contextlib.suppress(OSError):  # ends when the listener closes
                while True:
                    conn, _ = listener.accept()
                    conn.recv(65536)
                    conn.sendall(b"NOT HTTP AT ALL\r\n\r\n")
                    conn.close()

        threading.Thread(target=garbage, daemon=True).start()
        with pytest.raises(ServiceError, match=rf"127\.0\.0\.1:{port}"):
            LanguageToolClient(f"http://127.0.0.1:{port}").check(SENTENCE)


@pytest.mark.parametrize("url", ["lt.example.org", "http://[::1", "ftp://127.0.0.1:1/"])
def test_a_malformed_url_is_one_line(url):
    with pytest.raises(ServiceError, match="LanguageTool server .* failed") as err:
        LanguageToolClient(url).check(SENTENCE)
    assert "\n" not in str(err.value)


def test_no_proxy_between_editlint_and_a_local_server(languagetool_url, monkeypatch):
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    assert LanguageToolClient(languagetool_url).check(SENTENCE)


def test_long_texts_go_in_bounded_requests_with_exact_offsets(fake_server):
    paragraphs = [f"Paragraph {i} says he go home. " * 20 for i in range(30)]
    text = "\n\n".join(paragraphs)

    def answer(form):
        at = form["text"].index("go")
        return 200, json.dumps({"matches": [{"offset": at, "length": 2, "message": "m", "rule": {"id": "R", "category": {"id": "C"}}}]}).encode(), 0

    url = fake_server(answer=answer)
    matches = LanguageToolClient(url).check(text)
    sizes = [len(form["text"]) for form in fake_server.requests]
    assert len(text) > 3 * DEFAULT_CHUNK_SIZE and max(sizes) <= DEFAULT_CHUNK_SIZE and sum(sizes) == len(text)
    assert len(matches) == len(sizes) and all(text[m.offset : m.offset + m.length] == "go" for m in matches)


FULL = (503, b"Error: There are currently too many parallel requests. Please try again later.", 0)


def test_a_full_queue_is_asked_again_without_using_up_the_timeout(fake_server):
    replies = iter([FULL] * 5)  # about 2 s of pauses, twice the timeout
    url = fake_server(answer=lambda form: next(replies, (200, b'{"matches": []}', 0)))
    assert LanguageToolClient(url, timeout=1).check(SENTENCE) == []
    assert len(fake_server.requests) == 6


def test_a_server_that_stays_full_fails_in_one_line(fake_server):
    url = fake_server(answer=lambda form: FULL)
    with pytest.raises(ServiceError, match="HTTP error 503: Error: There are currently too many parallel requests"):
        LanguageToolClient(url, timeout=0.3).check(SENTENCE)


def test_a_run_sends_a_bounded_number_of_requests_at_once(fake_server):
    busy, most, lock = [0], [0], threading.Lock()

    def answer(form):
        with lock:
            busy[0] += 1
            most[0] = max(most[0], busy[0])
        time.sleep(0.3)
        with lock:
            busy[0] -= 1
        return 200, b'{"matches": []}', 0

    client = LanguageToolClient(fake_server(answer=answer))
    threads = [threading.Thread(target=client.check, args=(SENTENCE,)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(fake_server.requests) == 6 and most[0] == MAX_IN_FLIGHT


def test_non_json_reply(fake_server):
    url = fake_server(body=b"<html>hello</html>")
    with pytest.raises(ServiceError, match=r"non-JSON data: <html>hello</html>") as err:
        LanguageToolClient(url).check(SENTENCE)
    assert url in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("body", [b'{"nothing": 1}', b'{"matches": [{"offset": 1}]}', b"[1, 2]"])
def test_wrong_shaped_json(fake_server, body):
    with pytest.raises(ServiceError, match="malformed reply"):
        LanguageToolClient(fake_server(body=body)).check(SENTENCE)


def test_url_forms_are_normalised(languagetool_url):
    for url in (languagetool_url, languagetool_url + "/", languagetool_url + "/v2", languagetool_url + "/v2/"):
        assert by_rule(LanguageToolClient(url).check(SENTENCE))["HE_VERB_AGR"].offset == 3
