"""Article text from a page (parse/article.py): what a reader sees, in blocks the rules can rely on."""

from parse.article import parse_html

PAGE = """<html><body><div class="entry-content">
<p>Kết quả Chỉ số CCHC năm 2021,\tkhối sở</p>
<table>
 <tr><th>TT</th><th>Đơn vị</th><th>Kết quả (%)</th><th>Xếp hạng</th></tr>
 <tr>
   <td>1</td>
   <td>Sở Tư   pháp</td><td> 93,41 </td><td>1</td></tr>

 <tr><td>2</td><td><p>Sở Nội vụ</p></td><td>92,86</td><td>2</td></tr>
</table>
<p>Như vậy, Sở Tư pháp dẫn đầu.</p>
</div></body></html>"""


def test_table_is_a_paragraph_of_rows_with_cells_apart_by_tabs() -> None:
    assert parse_html(PAGE).text.split("\n\n") == [
        "Kết quả Chỉ số CCHC năm 2021, khối sở",  # a tab in running text is a space
        "TT\tĐơn vị\tKết quả (%)\tXếp hạng\n1\tSở Tư pháp\t93,41\t1\n2\tSở Nội vụ\t92,86\t2",
        "Như vậy, Sở Tư pháp dẫn đầu.",
    ]
