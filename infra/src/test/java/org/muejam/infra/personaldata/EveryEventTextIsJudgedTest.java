package org.muejam.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.muejam.shared.audit.AuditMetadata;
import org.muejam.shared.content.search.SearchPerformedEvent;
import org.muejam.shared.content.search.SearchResultClickedEvent;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.PersonalData;

/**
 * Every piece of text an event stores was judged (decision 0043): it is {@link PersonalData}, encrypted under its
 * subject's key, or it is on the list below with the reason it is not personal. A new event, or a new text field,
 * fails here until someone decides which, so personal data cannot reach the append-only log in clear by accident.
 * Text is a String, a collection of them, or a String inside a shared-api record an event holds (the serializer
 * encrypts whole components only, so a nested record holding personal data must be {@code @PersonalData} itself).
 * The metadata keys the platform copies onto events are judged the same way.
 */
class EveryEventTextIsJudgedTest {

    private static final String IDS = "a random identifier or a fixed name; names no one once its account is erased";
    private static final String CONTENT = "published content: stays after erasure, attributed to Deleted User (0041)";
    private static final String SECRET = "a hash or secret (@Secret): proves access, says nothing about a person";
    private static final String MODERATION =
            "a moderator's or agent's record, kept for the platform's legal obligations (0041, 0043)";
    private static final String SYSTEM = "written by the platform from fixed values (names, kinds, categories)";
    private static final String CONFIGURATION = "administrators' filter configuration: words and domains, no person";

    /** Text judged not personal, by "Event.component" (nested: "Event.component.field"), with the reason. */
    private static final Map<String, String> NOT_PERSONAL = new LinkedHashMap<>();

    static {
        judged(
                IDS,
                "ApiKeyCreatedEvent.keyId",
                "ApiKeyRevokedEvent.keyId",
                "ApiKeyRotatedEvent.keyId",
                "ChapterAddedEvent.storyId",
                "ChapterAddedEvent.chapterId",
                "CommentPostedEvent.commentId",
                "CommentPostedEvent.targetId",
                "CommentPostedEvent.parentId",
                "CommentPostedEvent.authorId",
                "ContentFlaggedEvent.contentId",
                "ContentFlaggedEvent.authorId",
                "ContentLikedEvent.targetId",
                "ContentUnlikedEvent.targetId",
                "ImageDeletedEvent.imageId",
                "ImageMarkedNsfwEvent.imageId",
                "ImageUploadedEvent.imageId",
                "StoryCreatedEvent.storyId",
                "StoryCreatedEvent.authorId",
                "StoryCreatedEvent.coverImageId",
                "StoryPublishedEvent.storyId",
                "StoryPublishedEvent.authorId",
                "StoryStatusChangedEvent.storyId",
                "StoryUpdatedEvent.storyId",
                "StoryUpdatedEvent.coverImageId",
                "WhisperPostedEvent.whisperId",
                "WhisperPostedEvent.authorId",
                "BlocklistEntryAddedEvent.configurationId",
                "ContentBlockedEvent.blockId",
                "ContentBlockedEvent.authorId",
                "ContentFilterSettingsReplacedEvent.configurationId",
                "SearchResultClickedEvent.storyId",
                "AccountDeletionCancelledEvent.requestId",
                "AccountDeletionCompletedEvent.requestId",
                "AccountDeletionDueEvent.requestId",
                "AccountDeletionRequestedEvent.requestId",
                "DataExportExpiredEvent.exportId",
                "DataExportExpiredEvent.userId",
                "DataExportReadyEvent.exportId",
                "DataExportReadyEvent.userId",
                "DataExportRequestedEvent.exportId",
                "DataExportRequestedEvent.userId",
                "AccountErasedEvent.requestId",
                // "user:<id>" or "session:<random id>": the subject's own key name
                "CookieConsentRecordedEvent.holder",
                "AccountSuspendedEvent.caseId",
                "AccountSuspensionLiftedEvent.caseId",
                "AppealDecidedEvent.caseId",
                "AppealDecidedEvent.appealId",
                "AppealDecidedEvent.strikeId",
                "AppealDecidedEvent.authorId",
                "AppealDecidedEvent.moderatorId",
                "AppealFiledEvent.caseId",
                "AppealFiledEvent.appealId",
                "AppealFiledEvent.strikeId",
                "AppealFiledEvent.authorId",
                "AppealWindowClosedEvent.caseId",
                "AppealWindowClosedEvent.strikeId",
                "CaseClaimExpiredEvent.caseId",
                "CaseClaimExpiredEvent.moderatorId",
                "CaseClaimedEvent.caseId",
                "CaseClaimedEvent.moderatorId",
                "CaseOpenedEvent.caseId",
                "CaseOpenedEvent.subjectId",
                "CaseOpenedEvent.authorId",
                "ContentDeletedEvent.contentId",
                "ContentDeletedEvent.authorId",
                "ContentDeletedEvent.moderatorId",
                "ContentHiddenEvent.contentId",
                "ContentHiddenEvent.authorId",
                "ContentHiddenEvent.moderatorId",
                "ContentRestoredEvent.contentId",
                "ContentRestoredEvent.authorId",
                "ContentRestoredEvent.moderatorId",
                "DmcaContentRestoredEvent.takedownId",
                "DmcaContentRestoredEvent.contentId",
                "DmcaContentRestoredEvent.storyId",
                "DmcaContentRestoredEvent.authorId",
                "DmcaCounterNoticeFiledEvent.takedownId",
                "DmcaCourtActionReportedEvent.takedownId",
                "DmcaCourtActionReportedEvent.agentId",
                "DmcaTakedownApprovedEvent.takedownId",
                "DmcaTakedownApprovedEvent.contentId",
                "DmcaTakedownApprovedEvent.storyId",
                "DmcaTakedownApprovedEvent.authorId",
                "DmcaTakedownApprovedEvent.agentId",
                "DmcaTakedownRejectedEvent.takedownId",
                "DmcaTakedownRejectedEvent.agentId",
                "DmcaTakedownSubmittedEvent.takedownId",
                "DmcaTakedownSubmittedEvent.contentId",
                "DmcaTakedownSubmittedEvent.storyId",
                "DmcaTakedownSubmittedEvent.authorId",
                "ModerationActionReversedEvent.caseId",
                "ModerationActionReversedEvent.strikeId",
                "ModerationActionReversedEvent.subjectId",
                "ModerationActionReversedEvent.authorId",
                "ModerationActionReversedEvent.moderatorId",
                "ModerationActionTakenEvent.caseId",
                "ModerationActionTakenEvent.moderatorId",
                "ModerationActionTakenEvent.subjectId",
                "ModerationActionTakenEvent.authorId",
                "NsfwOverriddenEvent.contentId",
                "NsfwOverriddenEvent.authorId",
                "NsfwOverriddenEvent.moderatorId",
                "ReportFiledEvent.caseId",
                "ReportFiledEvent.reportId",
                "ReportFiledEvent.reporterId",
                "ReportFiledEvent.subjectId",
                "ReportFiledEvent.authorId",
                "StrikeRecordedEvent.caseId",
                "StrikeRecordedEvent.strikeId",
                "StrikeRecordedEvent.authorId",
                "StrikeRecordedEvent.subjectId",
                "DeadLetterEvictedEvent.projectionId",
                "DeadLetterEvictedEvent.projection",
                "DeadLetterEvictedEvent.sequenceId",
                "DeadLetterEvictedEvent.eventIds",
                "ReadingListCreatedEvent.listId",
                "ReadingListCreatedEvent.ownerId",
                "ReadingListDeletedEvent.listId",
                "ReadingListDeletedEvent.ownerId",
                "ReadingListStoryAddedEvent.listId",
                "ReadingListStoryAddedEvent.storyId",
                "ReadingListStoryRemovedEvent.listId",
                "ReadingListStoryRemovedEvent.storyId",
                "ReadingListUpdatedEvent.listId",
                "ReadingListUpdatedEvent.ownerId",
                "ReadingProgressRecordedEvent.storyId",
                "ReadingProgressRecordedEvent.chapterId",
                // object keys chosen by the platform: "exports/<random id>.json", "images/<random id>/..."
                "DataExportExpiredEvent.fileKey",
                "DataExportReadyEvent.fileKey",
                "ImageUploadedEvent.renditions.key");
        judged(
                CONTENT,
                "ChapterAddedEvent.title",
                "ChapterAddedEvent.content",
                "CommentPostedEvent.content",
                "StoryCreatedEvent.title",
                "StoryCreatedEvent.description",
                "StoryCreatedEvent.genre",
                "StoryCreatedEvent.tags",
                "StoryCreatedEvent.language",
                "StoryUpdatedEvent.title",
                "StoryUpdatedEvent.description",
                "StoryUpdatedEvent.genre",
                "StoryUpdatedEvent.tags",
                "StoryUpdatedEvent.language",
                "WhisperPostedEvent.content",
                // the content as it stood when reported: evidence for the case, the author's published text
                "ReportFiledEvent.snapshot",
                // the platform's own legal text
                "LegalDocumentPublishedEvent.content",
                "LegalDocumentPublishedEvent.version",
                "ConsentRecordedEvent.version",
                // the claimant's description of their work and the URL of our content: what the author must be told
                // (0036); the claimant's name, contact and signature are personal and encrypted
                "DmcaTakedownSubmittedEvent.workDescription",
                "DmcaTakedownSubmittedEvent.infringingUrl",
                "DmcaTakedownApprovedEvent.workDescription",
                "DmcaTakedownApprovedEvent.infringingUrl");
        judged(
                SECRET,
                "ApiKeyCreatedEvent.secretHash",
                "ApiKeyRotatedEvent.secretHash",
                "ApiKeyRotatedEvent.previousSecretHash",
                "BackupCodeUsedEvent.backupCodeHash",
                "BackupCodesRegeneratedEvent.backupCodeHashes",
                "EmailVerificationIssuedEvent.tokenHash",
                "PasswordChangedEvent.passwordHash",
                "PasswordResetRequestedEvent.tokenHash",
                "TwoFactorEnabledEvent.backupCodeHashes",
                "UserRegisteredEvent.passwordHash");
        judged(
                MODERATION,
                "AccountSuspendedEvent.reason",
                "AccountSuspensionLiftedEvent.reason",
                "AppealDecidedEvent.reason",
                "AuthorShadowbannedEvent.reason",
                "ShadowbanLiftedEvent.reason",
                "ContentDeletedEvent.reason",
                "ContentHiddenEvent.reason",
                "ContentRestoredEvent.reason",
                "ModerationActionTakenEvent.reason",
                "NsfwOverriddenEvent.reason",
                "StrikeRecordedEvent.reason",
                "DmcaTakedownApprovedEvent.reason",
                "DmcaTakedownRejectedEvent.reason",
                "DmcaCourtActionReportedEvent.note",
                // an administrator's reason for evicting a dead letter: about a failure, not a person
                "DeadLetterEvictedEvent.reason");
        judged(
                SYSTEM,
                "NsfwOverriddenEvent.contentType",
                "ReportFiledEvent.severity",
                "ContentFlaggedEvent.finding.rule",
                "ContentFlaggedEvent.finding.category",
                "ContentFlaggedEvent.finding.severity",
                // written by the filter "without the personal data the filter may have seen" (ScreeningFinding)
                "ContentFlaggedEvent.finding.detail",
                "ContentBlockedEvent.rule",
                "ContentBlockedEvent.category",
                "ContentBlockedEvent.field",
                // the host of a link in refused content (a site, not a person); the content itself is not stored
                "ContentBlockedEvent.urlHost",
                "ImageUploadedEvent.renditions.name",
                "ImageUploadedEvent.renditions.contentType",
                // an image classifier's label names (Rekognition's categories)
                "ImageUploadedEvent.labels.name",
                "ImageUploadedEvent.labels.parentName",
                "SearchPerformedEvent.filters",
                "SearchPerformedEvent.sort",
                "SecondFactorFailedEvent.method",
                "SecondFactorFailedEvent.reason",
                "AccountDeletionCompletedEvent.erased",
                "PrivacySettingsChangedEvent.changed",
                // the names of the profile's fields that changed; their values are personal data
                "ProfileUpdatedEvent.changed",
                // why the platform deleted an image (today only "account erased"), never a person's words
                "ImageDeletedEvent.reason");
        judged(
                CONFIGURATION,
                "BlocklistEntryAddedEvent.value",
                "ContentFilterSettingsReplacedEvent.settings.profanityWords",
                "ContentFilterSettingsReplacedEvent.settings.hateSpeechTerms",
                "ContentFilterSettingsReplacedEvent.settings.spamPhrases",
                "ContentFilterSettingsReplacedEvent.settings.blockedDomains",
                "ContentFilterSettingsReplacedEvent.settings.allowedDomains",
                "ContentFilterSettingsReplacedEvent.settings.allowedWords",
                // the platform's own published addresses, which the PII filter must let through
                "ContentFilterSettingsReplacedEvent.settings.piiAllowList");
    }

    /**
     * Metadata keys judged not personal. The address and client are personal and encrypted under the subject
     * ({@link PersonalDataSerializer}); whatever else the platform puts on an event must be listed here.
     */
    private static final Map<String, String> METADATA_NOT_PERSONAL = Map.of(
            AuditMetadata.ACTOR_ID,
            IDS,
            AuditMetadata.SUBJECT_ID,
            IDS,
            AuditMetadata.ACTOR_TYPE,
            "user, anonymous, system or a credential's kind",
            AuditMetadata.REQUEST_ID,
            "a random id per request");

    private static final Set<String> METADATA_PERSONAL = Set.of(AuditMetadata.IP_ADDRESS, AuditMetadata.USER_AGENT);

    private static void judged(String reason, String... fields) {
        for (String field : fields) {
            if (NOT_PERSONAL.put(field, reason) != null) {
                throw new IllegalStateException(field + " is judged twice");
            }
        }
    }

    private static List<Class<?>> eventTypes() {
        List<Class<?>> types = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.muejam.shared")) {
            Class<?> reflected = type.reflect();
            if (reflected.isRecord() && reflected.getSimpleName().endsWith("Event")) {
                types.add(reflected);
            }
        }
        return types;
    }

    /** Every text field of every event not marked personal, as "Event.component[.field]". */
    private static Set<String> unmarkedText(List<String> problems) {
        Set<String> found = new TreeSet<>();
        for (Class<?> event : eventTypes()) {
            for (RecordComponent component : event.getRecordComponents()) {
                if (!component.isAnnotationPresent(PersonalData.class)) {
                    walk(
                            event.getSimpleName() + "." + component.getName(),
                            component.getGenericType(),
                            found,
                            problems,
                            new HashSet<>());
                }
            }
        }
        return found;
    }

    private static void walk(String path, Type type, Set<String> found, List<String> problems, Set<Class<?>> seen) {
        Class<?> raw = raw(type);
        if (raw == String.class || raw == char[].class || raw == Character.class) {
            found.add(path);
        } else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType parameterized) {
            walk(path, parameterized.getActualTypeArguments()[0], found, problems, seen);
        } else if (raw.isArray()) {
            walk(path, raw.getComponentType(), found, problems, seen);
        } else if (Map.class.isAssignableFrom(raw) || raw == Object.class || Collection.class.isAssignableFrom(raw)) {
            found.add(path);
        } else if (raw == UserId.class) {
            // an account id, the subject's own key name: an id naming no one once the account is erased
        } else if (raw.isRecord() && raw.getPackageName().startsWith("org.muejam.shared")) {
            if (!seen.add(raw)) {
                return;
            }
            for (RecordComponent inner : raw.getRecordComponents()) {
                if (inner.isAnnotationPresent(PersonalData.class)) {
                    problems.add(path + "." + inner.getName()
                            + " is @PersonalData inside a nested record, which the serializer does not encrypt");
                }
                walk(path + "." + inner.getName(), inner.getGenericType(), found, problems, seen);
            }
            seen.remove(raw);
        } else if (!raw.isPrimitive()
                && !raw.isEnum()
                && !Number.class.isAssignableFrom(raw)
                && raw != Boolean.class
                && raw != Instant.class
                && raw != LocalDate.class
                && raw != Duration.class
                && raw != BigDecimal.class) {
            problems.add(path + " has a type this test cannot judge: " + raw.getName());
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    @Test
    void theWalkFindsEveryEventAndTheTextInNestedRecords() {
        List<Class<?>> events = eventTypes();
        assertThat(events).hasSizeGreaterThan(80).contains(SearchPerformedEvent.class, SearchResultClickedEvent.class);
        Set<String> found = unmarkedText(new ArrayList<>());
        assertThat(found)
                .contains(
                        "ContentFlaggedEvent.finding.detail",
                        "StoryCreatedEvent.tags",
                        "ImageUploadedEvent.labels.name")
                .doesNotContain("SearchPerformedEvent.query", "UserRegisteredEvent.email");
    }

    @Test
    void everyEventTextIsPersonalDataOrJudgedNotPersonal() {
        List<String> problems = new ArrayList<>();
        Set<String> unjudged = new TreeSet<>(unmarkedText(problems));
        unjudged.removeAll(NOT_PERSONAL.keySet());
        assertThat(problems).as("fields this test cannot judge").isEmpty();
        assertThat(unjudged)
                .as("text in events that is neither @PersonalData (with its @DataSubject) nor judged not personal "
                        + "in NOT_PERSONAL above, with the reason: decide which, and write it down")
                .isEmpty();
    }

    @Test
    void everyJudgementNamesTextThatExistsAndIsNotMarkedPersonal() {
        Set<String> stale = new TreeSet<>(NOT_PERSONAL.keySet());
        stale.removeAll(unmarkedText(new ArrayList<>()));
        assertThat(stale)
                .as("judged fields that no longer exist, or are @PersonalData now: remove them from the list")
                .isEmpty();
    }

    @Test
    void everyMetadataKeyIsEncryptedOrJudgedNotPersonal() throws IllegalAccessException {
        Set<String> keys = new TreeSet<>();
        for (Field field : AuditMetadata.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                keys.add((String) field.get(null));
            }
        }
        Set<String> judged = new HashSet<>(METADATA_NOT_PERSONAL.keySet());
        judged.addAll(METADATA_PERSONAL);
        assertThat(judged).as("every metadata key judged, and only those").isEqualTo(keys);

        SubjectKeyStore store = mock(SubjectKeyStore.class);
        when(store.keyFor(anyString())).thenReturn(new SecretKeySpec(new byte[32], "AES"));
        PersonalDataSerializer serializer = new PersonalDataSerializer(
                JacksonSerializer.builder().objectMapper(new ObjectMapper()).build(), store);
        MetaData meta =
                MetaData.with(AuditMetadata.SUBJECT_ID, UUID.randomUUID().toString());
        for (String key : METADATA_PERSONAL) {
            meta = meta.and(key, "personal-" + key);
        }
        String stored = new String(serializer.serialize(meta, byte[].class).getData(), StandardCharsets.UTF_8);
        for (String key : METADATA_PERSONAL) {
            assertThat(stored).as(key).contains("\"" + key + "\"").doesNotContain("personal-" + key);
        }
    }
}
