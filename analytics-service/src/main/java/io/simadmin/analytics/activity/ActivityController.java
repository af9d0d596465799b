package io.simadmin.analytics.activity;

import io.simadmin.events.Actor;
import io.simadmin.security.AdminsAndModerators;
import io.simadmin.web.paging.PageRequests;
import io.simadmin.web.paging.PageResponse;
import io.simadmin.web.paging.SortableFields;
import io.simadmin.web.problem.FieldProblem;
import io.simadmin.web.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The activity feed: the dashboard's recent activities and the full, filterable list; every staff role reads it. */
@RestController
@Tag(name = "Activity")
public class ActivityController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_FILTER_LENGTH = 100;
    static final Set<String> USER_TYPES = Set.of(Actor.ADMIN, Actor.RESELLER, Actor.PUBLIC_USER, Actor.SYSTEM);

    // API name → column; id breaks ties so that pages never overlap.
    static final SortableFields SORTABLE = SortableFields.of(
            Sort.by(Sort.Order.desc("occurred_at"), Sort.Order.desc("id")),
            "createdAt", "occurred_at", "userType", "actor_type", "action", "action");

    private final ActivityLog activityLog;

    public ActivityController(ActivityLog activityLog) {
        this.activityLog = activityLog;
    }

    @GetMapping({"/api/dashboard/recent-activities", "/api/dashboard/recent-activities/"})
    @AdminsAndModerators
    @Operation(summary = "Recent activities, newest first",
            description = "The dashboard's activity feed. For older entries pass the id of the last one you have "
                    + "(or an instant) as before.")
    public List<Activity> recent(
            @Parameter(description = "how many, 1 to " + MAX_LIMIT + " (more is capped), default " + DEFAULT_LIMIT)
            @RequestParam(required = false) Integer limit,
            @Parameter(description = "only activities older than this activity id or ISO-8601 instant")
            @RequestParam(required = false) String before) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1) {
            throw new InvalidRequestException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        ActivityCursor cursor = ActivityCursor.parse("before", before);
        if (cursor instanceof ActivityCursor.BeforeActivity(long id) && activityLog.find(id).isEmpty()) {
            throw new InvalidRequestException("before", "no activity has the id " + id);
        }
        return activityLog.recent(Math.min(size, MAX_LIMIT), cursor);
    }

    @GetMapping({"/api/activities", "/api/activities/"})
    @AdminsAndModerators
    @Operation(summary = "List activities",
            description = "Filter by userType (admin, reseller, public_user, system), action (e.g. "
                    + "reseller.registered), subjectType and subjectId (e.g. reseller and its id), from (inclusive) and to (exclusive; a date includes that whole day, UTC); "
                    + "sort by createdAt, userType or action; page from 0, size up to 200.")
    public PageResponse<Activity> list(@RequestParam(required = false) String userType,
                                       @RequestParam(required = false) String action,
                                       @RequestParam(required = false) String subjectType,
                                       @RequestParam(required = false) String subjectId,
                                       @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @RequestParam(required = false) List<String> sort) {
        ActivityFilter filter = filter(userType, action, subjectType, subjectId, from, to);
        return PageResponse.of(activityLog.find(filter, PageRequests.of(page, size, sort, SORTABLE)), a -> a);
    }

    private static ActivityFilter filter(String userType, String action, String subjectType, String subjectId,
                                         String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        String type = blankToNull(userType);
        if (type != null && !USER_TYPES.contains(type)) {
            problems.add(new FieldProblem("userType", "must be one of " + USER_TYPES.stream().sorted().toList()));
        }
        String act = exactFilter(problems, "action", action);
        String subject = exactFilter(problems, "subjectType", subjectType);
        String subjectKey = exactFilter(problems, "subjectId", subjectId);
        Instant lower = null;
        Instant upper = null;
        try {
            lower = TimeParameter.lowerBound(from);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("from", TimeParameter.EXPECTED));
        }
        try {
            upper = TimeParameter.upperBound(to);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("to", TimeParameter.EXPECTED));
        }
        if (lower != null && upper != null && !lower.isBefore(upper)) {
            problems.add(new FieldProblem("to", "must be after from"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new ActivityFilter(type, act, subject, subjectKey, lower, upper);
    }

    /** Exact-match filters are short words and ids; anything longer cannot match and only costs a scan. */
    private static String exactFilter(List<FieldProblem> problems, String name, String value) {
        String trimmed = blankToNull(value);
        if (trimmed != null && trimmed.length() > MAX_FILTER_LENGTH) {
            problems.add(new FieldProblem(name, "must be at most " + MAX_FILTER_LENGTH + " characters"));
        }
        return trimmed;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
