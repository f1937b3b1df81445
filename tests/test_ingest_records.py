"""Files of records: .json (object or list), .jsonl and .csv, with field-name synonyms."""

import csv
import datetime as dt
import io
import json

import pytest
from ingest_samples import BODY, OUTLET, TEXT, TITLE, URL, read, write

RECORD = {"title": TITLE, "text": BODY, "published": "2024-03-12", "outlet": OUTLET, "url": URL}
SYNONYMS = {"headline": TITLE, "body": BODY, "pubdate": "12 March 2024", "publisher": OUTLET}
OTHER = {"Headline": "Denmark adds €10 million", "Content": "Denmark followed on Wednesday."}


def as_csv(records: list[dict], delimiter: str = ",") -> str:
    columns = list(dict.fromkeys(k for r in records for k in r))
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def is_sample(article) -> bool:
    return (
        article.text == TEXT
        and article.title == TITLE
        and (article.published, article.published_source) == (dt.date(2024, 3, 12), "metadata")
        and article.outlet == OUTLET
    )


@pytest.mark.parametrize(
    ("name", "content", "count"),
    [
        pytest.param("one.json", json.dumps(RECORD), 1, id="json-object"),
        pytest.param("list.json", json.dumps([RECORD, OTHER], indent=2), 2, id="json-list"),
        pytest.param("syn.json", json.dumps([SYNONYMS]), 1, id="json-synonyms"),
        pytest.param(
            "feed.jsonl",
            "\n".join(json.dumps(r, ensure_ascii=False) for r in [RECORD, OTHER]) + "\n\n",
            2,
            id="jsonl",
        ),
        pytest.param("table.csv", as_csv([RECORD, OTHER]), 2, id="csv"),
        pytest.param("syn.csv", as_csv([SYNONYMS]), 1, id="csv-synonyms"),
        pytest.param("semi.csv", as_csv([RECORD], delimiter=";"), 1, id="csv-semicolons"),
        pytest.param("tabs.csv", as_csv([RECORD], delimiter="\t"), 1, id="csv-tabs"),
    ],
)
def test_records_become_articles(tmp_path, name, content, count):
    articles, rejections = read(write(tmp_path, name, content))
    assert rejections == []
    assert len(articles) == count
    assert is_sample(articles[0])
    assert all(a.path == str(tmp_path / name) for a in articles)


def test_synonym_url_and_mixed_case_keys(tmp_path):
    record = {"Headline": TITLE, "Article": BODY, "Published_At": "2024-03-12", "Link": URL}
    [article], _ = read(write(tmp_path, "a.json", json.dumps(record)))
    assert (article.title, article.url, article.published) == (TITLE, URL, dt.date(2024, 3, 12))


def test_record_without_title_takes_its_first_line(tmp_path):
    [article], _ = read(write(tmp_path, "a.json", json.dumps({"text": TEXT})))
    assert article.title == TITLE
    assert article.text == TEXT


def test_csv_keeps_paragraphs_of_a_quoted_field_and_counts_lines(tmp_path):
    content = as_csv([RECORD, {"title": "No text here"}, OTHER])
    articles, [rejection] = read(write(tmp_path, "t.csv", content))
    assert [a.title for a in articles] == [TITLE, OTHER["Headline"]]
    assert articles[0].text == TEXT
    assert rejection.line == 2 + len(BODY.split("\n"))


def test_record_files_do_not_take_the_date_of_their_name(tmp_path):
    record = {"title": TITLE, "text": BODY}
    [article], _ = read(write(tmp_path, "2024-12-31-export.json", json.dumps(record)))
    assert (article.published, article.published_source) == (None, "unknown")


@pytest.mark.parametrize(
    ("name", "content", "kept", "rejected"),
    [
        pytest.param(
            "feed.jsonl",
            f'{json.dumps(RECORD)}\n{json.dumps(OTHER)}\n{{"title": "cut off", "text": "x"\n',
            2,
            [(3, "not valid JSON (Expecting ',' delimiter)")],
            id="jsonl-malformed-line",
        ),
        pytest.param(
            "feed.jsonl",
            f'["a list"]\n{json.dumps(RECORD)}\n"a string"\n',
            1,
            [(1, "not a JSON object"), (3, "not a JSON object")],
            id="jsonl-not-objects",
        ),
        pytest.param(
            "feed.jsonl",
            f'{json.dumps(RECORD)}\n{{"title": "Headline only"}}\n{{"text": "   "}}\n',
            1,
            [
                (2, "record has no text (field text, body, content, article, ...)"),
                (3, "record has no text (field text, body, content, article, ...)"),
            ],
            id="jsonl-without-text",
        ),
        pytest.param(
            "list.json",
            json.dumps([RECORD, {"title": "Headline only"}, 42, {"text": ["a", "b"]}]),
            1,
            [
                (None, "item 2: record has no text (field text, body, content, article, ...)"),
                (None, "item 3: not a JSON object"),
                (
                    None,
                    "item 4: record has text that is not text (field text, body, content, "
                    "article, ...)",
                ),
            ],
            id="json-list-bad-items",
        ),
        pytest.param(
            "bad.json",
            '{"title": "x",\n "text": "y"\n "url": "z"}',
            0,
            [(3, "not valid JSON (Expecting ',' delimiter)")],
            id="json-malformed",
        ),
        pytest.param(
            "s.json",
            '"just a string"',
            0,
            [(None, "JSON is neither an object nor a list of objects (a string)")],
            id="json-string",
        ),
        pytest.param(
            "n.json",
            "null",
            0,
            [(None, "JSON is neither an object nor a list of objects (a null)")],
            id="json-null",
        ),
        pytest.param("e.json", "[]", 0, [(None, "an empty JSON list, no articles")], id="json-[]"),
        pytest.param(
            "t.csv",
            as_csv([RECORD, {"title": "Headline only", "text": ""}, OTHER]),
            2,
            [
                (
                    2 + len(BODY.split("\n")),
                    "record has no text (field text, body, content, article, ...)",
                )
            ],
            id="csv-row-without-text",
        ),
        pytest.param(
            "t.csv",
            "id,headline,summary\n1,Aid rises,Short\n",
            0,
            [(1, "no text column (text, body, content, article, ...) in: id,headline,summary")],
            id="csv-no-text-column",
        ),
        pytest.param(
            "t.csv",
            "title,text\n",
            0,
            [(None, "a header row and no articles")],
            id="csv-header-only",
        ),
    ],
)
def test_bad_records_are_rejected_and_the_rest_kept(tmp_path, name, content, kept, rejected):
    articles, rejections = read(write(tmp_path, name, content))
    assert len(articles) == kept
    assert [(r.line, r.reason) for r in rejections] == rejected
    assert all(r.path == str(tmp_path / name) for r in rejections)


def test_rejection_names_file_and_line(tmp_path):
    path = write(tmp_path, "feed.jsonl", f'{json.dumps(RECORD)}\n\n{{"text": oops}}\n')
    _, [rejection] = read(path)
    assert str(rejection) == f"{path}: line 3: not valid JSON (Expecting value)"


def test_csv_cell_longer_than_the_csv_module_default(tmp_path):
    """The csv module refuses cells over 128 KiB by default: such a cell is read, then rejected
    by the article length limit with its line, and the next rows are still read."""
    long_body = "\n".join([BODY] * 600)
    assert len(long_body) > 131_072
    path = write(tmp_path, "long.csv", as_csv([{**RECORD, "text": long_body}, OTHER]))
    articles, [rejection] = read(path)
    assert [a.title for a in articles] == [OTHER["Headline"]]
    assert rejection.line == 2
    assert rejection.reason == (
        f"{len(TEXT) + 599 * (len(BODY) + 1):,} characters, longer than the 100,000 of one "
        "article (split it into articles)"
    )


@pytest.mark.parametrize(
    ("damage", "error"),
    [
        pytest.param('Broken,"Norway aid\n', "unexpected end of data", id="unclosed-quote"),
        pytest.param('Broken,"Norway" aid\n', "',' expected after '\"'", id="text-after-quote"),
    ],
)
def test_damaged_csv_keeps_the_rows_before_the_damage(tmp_path, damage, error):
    rows = [{"title": f"Pledge {i}", "text": f"Aid number {i}."} for i in range(30)]
    table = as_csv(rows)
    path = write(tmp_path, "damaged.csv", table + damage + table.split("\n", 1)[1])
    articles, [rejection] = read(path)
    assert len(articles) == 30
    assert (
        rejection.reason == f"not valid CSV ({error}); this row and the rest of the file not read"
    )
    assert rejection.line == 32
