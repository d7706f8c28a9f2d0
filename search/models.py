from django.db import models


class PendingUpdate(models.Model):
    """An article whose search document must be re-read from the database.

    Rows are written by signal receivers in the same transaction as the change and
    deleted by the index writer (``manage.py index_worker``) only after the index write
    has been committed, so a crash at any point loses nothing: the row is processed again.
    """

    article_id = models.BigIntegerField("文章 ID", db_index=True)
    created = models.DateTimeField("登记时间", auto_now_add=True)

    class Meta:
        ordering = ["id"]
        verbose_name = "待更新索引"
        verbose_name_plural = "待更新索引"

    def __str__(self):
        return f"article {self.article_id}"


class RelatedList(models.Model):
    """The articles most like one article, worked out ahead of its page (``search.related``):
    an article page reads these ids instead of searching for them (~30 ms of a first visit
    at 100,000 articles). A list is used only while it is younger than its article's last
    change; the index writer works out missing, outdated and old lists when it is idle.
    No foreign key, like ``PendingUpdate``: the row of a deleted article is never read."""

    article_id = models.BigIntegerField("文章 ID", primary_key=True)
    ids = models.JSONField("相关文章 ID", default=list)
    computed = models.DateTimeField("计算时间")

    class Meta:
        verbose_name = "相关文章"
        verbose_name_plural = "相关文章"

    def __str__(self):
        return f"related to article {self.article_id}"
