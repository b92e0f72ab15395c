package ca.contingent.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.Role;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: choose a kind and a file, check it (dry run) or import it; every
 * invalid row is listed in a table.
 */
@Controller
@RequestMapping("/imports")
class ImportPageController {

    private final ImportService imports;

    private final ImportScopes scopes;

    ImportPageController(ImportService imports, ImportScopes scopes) {
        this.imports = imports;
        this.scopes = scopes;
    }

    @GetMapping
    String form(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "false") boolean tooLarge,
            Authentication authentication, Model model) {
        prepare(model, authentication, kind);
        if (tooLarge) {
            // Sent back here by ImportUploadLimitFilter.
            model.addAttribute("formError", "import.input.tooLarge");
            model.addAttribute("formErrorArguments", new Object[] { this.imports.maxBytes() });
        }
        return "imports/form";
    }

    @PostMapping
    String submit(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "check") String action, Authentication authentication, Model model,
            HttpServletResponse response) {
        boolean dryRun = !"import".equals(action);
        prepare(model, authentication, kind);
        model.addAttribute("dryRun", dryRun);
        ImportKind importKind = ImportKind.fromPath(kind == null ? "" : kind).orElse(null);
        if (importKind == null || !importKind.importableBy(ImportApiController.roles(authentication))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("formError", "import.kindNotAllowed");
            return "imports/form";
        }
        // A form sent without choosing a file still has the part, empty and without a
        // name.
        if (file == null
                || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("formError", "import.input.noFile");
            return "imports/form";
        }
        try {
            // The browser's declared type is a hint (it guesses from the name); the bytes
            // decide: a zip is a workbook.
            ImportResult result = this.imports.importFile(importKind, file.getInputStream(), file.getContentType(),
                    dryRun, this.scopes.of(authentication));
            model.addAttribute("result", result);
        }
        catch (ImportRejectedException ex) {
            response.setStatus(422);
            model.addAttribute("errors", ex.errors());
        }
        catch (ImportInputException ex) {
            response.setStatus(ex.tooLarge() ? 413 : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("formError", ex.messageKey());
            model.addAttribute("formErrorArguments", ex.arguments());
        }
        catch (IOException ex) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("formError", "import.input.unreadable");
        }
        return "imports/form";
    }

    /**
     * The shipped reference file of a kind, which is a complete and valid example of its
     * columns. The reference data are records of the program (people of every agency
     * among them), so only headquarters get the rows; a scoped role gets the header row
     * of a kind it may import, and nothing of a kind it may not.
     */
    @GetMapping("/examples/{kind}.csv")
    ResponseEntity<?> example(@PathVariable String kind, Authentication authentication) throws IOException {
        ImportKind importKind = ImportKind.fromPath(kind).orElseThrow(() -> NotFoundException.of("example", kind));
        Set<Role> roles = ImportApiController.roles(authentication);
        if (!importKind.importableBy(roles)) {
            throw new AccessDeniedException("role may not import " + kind);
        }
        ClassPathResource resource = new ClassPathResource(importKind.exampleResource());
        if (!resource.exists()) {
            throw NotFoundException.of("example", kind);
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(importKind.path() + ".csv").build().toString());
        if (roles.contains(Role.ADMIN) || roles.contains(Role.PROGRAM_OFFICER)) {
            return answer.body(resource);
        }
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            return answer.body(header == null ? "" : header + "\r\n");
        }
    }

    private void prepare(Model model, Authentication authentication, String kind) {
        Set<Role> roles = ImportApiController.roles(authentication);
        List<ImportKind> allowed = Arrays.stream(ImportKind.values()).filter((k) -> k.importableBy(roles)).toList();
        model.addAttribute("kinds", allowed);
        model.addAttribute("selectedKind", kind != null ? kind : allowed.isEmpty() ? null : allowed.get(0).path());
        model.addAttribute("formErrorArguments", new Object[0]);
    }

}
