package org.coderise.metrics.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.coderise.identity.api.Role;
import org.coderise.metrics.application.Breakdown;
import org.coderise.metrics.application.DashboardService;
import org.coderise.metrics.application.GroupNames;
import org.coderise.metrics.application.MetricsCsv;
import org.coderise.metrics.application.Ranges;
import org.coderise.metrics.application.RollupRebuildService;
import org.coderise.metrics.domain.DateRange;
import org.coderise.metrics.domain.Dimension;
import org.coderise.metrics.domain.ReachDefinition;
import org.coderise.shared.rest.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Program metrics for managers and partners' reporting: aggregates only, every count below k suppressed
 * (absent value, {@code suppressed} says why). Ranges are whole UTC days, inclusive; by default the last 365 days.
 */
@Path("metrics")
@RequestScoped
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
@SecurityRequirement(name = RestApplication.BEARER)
@Tag(name = "Metrics", description = "Progress toward the program's goal, funnel and breakdowns")
public class MetricsResource {
    private static final String FROM = "First day, inclusive (yyyy-mm-dd); default: a year before 'to'. Answers are "
            + "sums over the range (breakdowns by whole months), never series by day, so any range up to 20 years "
            + "is answered; longer ones are refused (range-too-long)";
    private static final String TO = "Last day, inclusive (yyyy-mm-dd); default: today (UTC)";

    @Inject
    DashboardService dashboard;
    @Inject
    RollupRebuildService rebuild;
    @Inject
    GroupNames names;

    @GET
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The program against its goal: learners reached, required and actual rates, projection")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "400", description = "Unknown definition: type unknown-definition (problem)")
    @APIResponse(responseCode = "403", description = "Not a manager or admin")
    public SummaryResponse summary(@Parameter(description = "Meaning of reached: reached (default: enrolled and "
            + "submitted), registered, enrolled, active-30, completed") @QueryParam("definition") String definition) {
        ReachDefinition reach = definition == null ? ReachDefinition.ENROLLED_AND_SUBMITTED
                : ReachDefinition.ofCode(definition);
        return SummaryResponse.of(dashboard.progress(reach, today()), k());
    }

    @GET
    @Path("funnel")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The funnel of learners who registered in the range, from registration to certificate")
    @APIResponse(responseCode = "200", description = "The stages in order")
    @APIResponse(responseCode = "400", description = "Problem of type malformed-date, reversed-range or "
            + "range-too-long")
    public FunnelResponse funnel(@Parameter(description = FROM) @QueryParam("from") String from,
                                 @Parameter(description = TO) @QueryParam("to") String to) {
        DateRange range = Ranges.parse(from, to, today());
        return FunnelResponse.of(dashboard.funnel(range), range.from(), range.to(), k());
    }

    @GET
    @Path("funnel")
    @Produces(MetricsCsv.MEDIA_TYPE)
    @Operation(summary = "The funnel as CSV")
    public StreamingOutput funnelCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        DateRange range = Ranges.parse(from, to, today());
        var funnel = dashboard.funnel(range);
        return out -> MetricsCsv.funnel(funnel, k(), new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @GET
    @Path("breakdowns/{dimension}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Learners per group who first reached each milestone in the range, widened to whole months")
    @APIResponse(responseCode = "200", description = "One row per group and a total row")
    @APIResponse(responseCode = "400", description = "Problem of type unknown-dimension, malformed-date, "
            + "reversed-range or range-too-long")
    public BreakdownResponse breakdown(
            @Parameter(description = "country, partner, cohort, course, age-band or gender")
            @PathParam("dimension") String dimension,
            @Parameter(description = FROM) @QueryParam("from") String from,
            @Parameter(description = TO) @QueryParam("to") String to) {
        Breakdown breakdown = breakdownOf(dimension, from, to);
        return BreakdownResponse.of(breakdown, names.of(breakdown));
    }

    @GET
    @Path("breakdowns/{dimension}")
    @Produces(MetricsCsv.MEDIA_TYPE)
    @Operation(summary = "A breakdown as CSV")
    public StreamingOutput breakdownCsv(@PathParam("dimension") String dimension, @QueryParam("from") String from,
                                        @QueryParam("to") String to) {
        Breakdown breakdown = breakdownOf(dimension, from, to);
        Map<String, String> labels = names.of(breakdown);
        return out -> MetricsCsv.breakdown(breakdown, labels, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @POST
    @Path("rebuild")
    @RolesAllowed(Role.Names.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute every rollup from the stored learner facts (after a migration or a bug fix)")
    @APIResponse(responseCode = "200", description = "How many learners were summed")
    public Map<String, Long> rebuild() {
        return Map.of("learners", rebuild.rebuild());
    }

    private Breakdown breakdownOf(String dimension, String from, String to) {
        return dashboard.breakdown(Dimension.breakdownOf(dimension), Ranges.parse(from, to, today()));
    }

    private int k() {
        return dashboard.settings().suppression().k();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
