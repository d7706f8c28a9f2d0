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
