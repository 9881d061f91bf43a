package org.casualtyclaims.series;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.web.PageResponse;
import org.casualtyclaims.web.Paging;

/** Series and the subjects they are about: HTTP in, service call, HTTP out. */
@RestController
@Validated
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class SeriesController {

	private final SeriesService service;

	SeriesController(SeriesService service) {
		this.service = service;
	}

	@GetMapping("/series")
	PageResponse<SeriesResponse> series(@RequestParam(required = false) @Size(max = 200) String subject,
			@RequestParam(required = false) Category category, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageRequest paging = Paging.of(page, size, 100);
		return this.service.page(subject, category, paging.getPageNumber(), paging.getPageSize());
	}

	@GetMapping("/subjects")
	List<String> subjects() {
		return this.service.subjects();
	}

}
