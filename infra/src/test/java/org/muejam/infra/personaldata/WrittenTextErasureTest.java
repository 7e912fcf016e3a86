package org.muejam.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.muejam.command.gdpr.ErasureLedger;
import org.muejam.command.gdpr.application.AccountErasure;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Person;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.AppealFiledEvent;
import org.muejam.shared.moderation.ModerationIds;
import org.muejam.shared.moderation.ReportFiledEvent;
import org.muejam.shared.personaldata.PersonalData;
import org.muejam.shared.reading.ReadingListCreatedEvent;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a person writes that is not published content (a report's details, an appeal, a reading list's name and
 * description)
 * is stored encrypted under their key and gone from the log and the read models once they are erased
 * (decision 0043).
 */
class WrittenTextErasureTest extends IntegrationTest {

    @Autowired
    AccountErasure erasure;

    @Test
    void aReportersDetailsAReadersListNamesAndAnAppealAreForgottenWithThem() {
        Person author = verifiedPerson("wtauthor");
        Person writer = verifiedPerson("wtwriter");
        String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String storyId = publishedStory(author);

        Api.Response reported = writer.post(
                "/api/reports",
                Map.of(
                        "contentType",
                        "story",
                        "contentId",
                        storyId,
                        "reason",
                        "HARASSMENT",
                        "details",
                        "it names my sister " + marker));
        assertThat(reported.status()).as(reported.toString()).isIn(200, 201);
        Api.Response list = writer.post(
                "/api/reading-lists",
                Map.of(
                        "name",
                        "Books for my diagnosis " + marker,
                        "description",
                        "private " + marker,
                        "public",
                        false));
        assertThat(list.status()).as(list.toString()).isEqualTo(201);

        for (String type : List.of(ReportFiledEvent.class.getName(), ReadingListCreatedEvent.class.getName())) {
            List<byte[]> payloads = jdbc.queryForList(
                    "SELECT payload FROM domain_event_entry WHERE payload_type = ? AND convert_from(payload, 'UTF8') LIKE ?",
                    byte[].class,
                    type,
                    "%" + writer.userId() + "%");
            assertThat(payloads).as(type).isNotEmpty();
            assertThat(payloads)
                    .as(type)
                    .allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                            .doesNotContain(marker));
        }
        await(
                "the report and the list are read",
                Duration.ofSeconds(30),
                () -> details(writer).contains("it names my sister " + marker)
                        && listNames(writer).contains("Books for my diagnosis " + marker));

        // the story is hidden on the report, and its author appeals the strike
        String caseId = jdbc.queryForObject(
                "SELECT case_id FROM moderation_report WHERE reporter_id = ?", String.class, writer.userId());
        Person moderator = moderator("MODERATOR");
        Api.Response claimed = moderator.post("/api/moderation/cases/" + caseId + "/claim", null);
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        Map<String, Object> hide = new HashMap<>();
        hide.put("caseId", caseId);
        hide.put("action", "HIDE");
        hide.put("reason", "harassment");
        hide.put("version", 2);
        Api.Response hidden = moderator.post("/api/moderation/actions", hide);
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);
        Api.Response appealed = author.post(
                "/api/appeals",
                Map.of("strikeId", ModerationIds.strikeOf(caseId), "text", "my sister agreed to it " + marker));
        assertThat(appealed.status()).as(appealed.toString()).isEqualTo(201);
        assertThat(jdbc.queryForList(
                        "SELECT payload FROM domain_event_entry WHERE payload_type = ? AND aggregate_identifier = ?",
                        byte[].class,
                        AppealFiledEvent.class.getName(),
                        caseId))
                .hasSize(1)
                .allSatisfy(bytes ->
                        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain(marker));
        await(
                "the appeal is read",
                Duration.ofSeconds(30),
                () -> appealTexts(author).equals(List.of("my sister agreed to it " + marker)));

        erasure.reapply(
                new ErasureLedger.Entry(UserId.of(writer.userId()), "deletion:" + UUID.randomUUID(), Instant.now()));
        erasure.reapply(
                new ErasureLedger.Entry(UserId.of(author.userId()), "deletion:" + UUID.randomUUID(), Instant.now()));

        await(
                "the report's details, the list's name and the appeal are forgotten",
                Duration.ofSeconds(30),
                () -> details(writer).equals(List.of(PersonalData.ERASED))
                        && listNames(writer).equals(List.of(PersonalData.ERASED))
                        && appealTexts(author).equals(List.of(PersonalData.ERASED)));
        // the case keeps what was done and why
        assertThat(jdbc.queryForObject(
                        "SELECT resolution_action FROM moderation_case WHERE case_id = ?", String.class, caseId))
                .isEqualTo("HIDE");
        assertThat(jdbc.queryForList(
                        "SELECT description FROM reading_list WHERE owner_id = ?", String.class, writer.userId()))
                .containsExactly(PersonalData.ERASED);
    }

    private List<String> details(Person reporter) {
        return jdbc.queryForList(
                "SELECT details FROM moderation_report WHERE reporter_id = ?", String.class, reporter.userId());
    }

    private List<String> appealTexts(Person author) {
        return jdbc.queryForList(
                "SELECT text FROM moderation_appeal WHERE author_id = ?", String.class, author.userId());
    }

    private List<String> listNames(Person owner) {
        return jdbc.queryForList("SELECT name FROM reading_list WHERE owner_id = ?", String.class, owner.userId());
    }
}
