using LegalReview.Core.Consolidation;

namespace LegalReview.Core.Tests.Consolidation;

/// <summary>
/// Applied results checked against what a reader writes by hand from the amending law: the quoted new wording
/// (start of the unit's text or title), "(được bãi bỏ)" for repealed units, the phrase after substitution.
/// </summary>
public class ConsolidatorExpectationTests
{
    [Theory]
    // Luật 46/2014/QH13 on Luật BHYT 25/2008/QH12
    [InlineData("bhyt", "dieu-2/khoan-7", "Hộ gia đình tham gia bảo hiểm y tế")]
    [InlineData("bhyt", "dieu-2/khoan-8", "Gói dịch vụ y tế cơ bản do quỹ bảo hiểm y tế chi trả")]
    [InlineData("bhyt", "dieu-3/khoan-2", "Mức đóng bảo hiểm y tế được xác định theo tỷ lệ phần trăm")]
    [InlineData("bhyt", "dieu-3/khoan-3", "Mức hưởng bảo hiểm y tế theo mức độ bệnh tật")]
    [InlineData("bhyt", "dieu-6/khoan-10", "Ban hành gói dịch vụ y tế cơ bản do quỹ bảo hiểm y tế chi trả")]
    [InlineData("bhyt", "dieu-7a", "Điều 7a. Trách nhiệm của Bộ Lao động - Thương binh và Xã hội")]
    [InlineData("bhyt", "dieu-7c", "Điều 7c. Trách nhiệm của Bộ Quốc phòng và Bộ Công an")]
    [InlineData("bhyt", "dieu-8/khoan-3", "Ủy ban nhân dân xã, phường, thị trấn")]
    [InlineData("bhyt", "dieu-12", "Điều 12. Đối tượng tham gia bảo hiểm y tế")]
    [InlineData("bhyt", "dieu-12/khoan-1", "Nhóm do người lao động và người sử dụng lao động đóng")]
    [InlineData("bhyt", "dieu-14/khoan-5", "20 lần mức lương cơ sở")]
    [InlineData("bhyt", "dieu-18/khoan-4", "Người được cấp lại thẻ bảo hiểm y tế phải nộp phí")]
    [InlineData("bhyt", "dieu-20/khoan-1/diem-c", "c) Cấp trùng thẻ bảo hiểm y tế")]
    [InlineData("bhyt", "dieu-21/khoan-1/diem-b", "b) (được bãi bỏ)")]
    [InlineData("bhyt", "dieu-23/khoan-10", "10. (được bãi bỏ)")]
    [InlineData("bhyt", "dieu-23/khoan-7", "Điều trị lác, cận thị và tật khúc xạ")]
    [InlineData("bhyt", "dieu-41/khoan-10", "Lưu trữ hồ sơ, số liệu về bảo hiểm y tế")]
    [InlineData("bhyt", "dieu-43/khoan-8", "Cung cấp bảng kê chi phí khám bệnh, chữa bệnh")]
    // Luật 24/2012/QH13 on Luật Điện lực 28/2004/QH11
    [InlineData("dienluc", "dieu-3/khoan-17", "17. Giá bán buôn điện")]
    [InlineData("dienluc", "dieu-3/khoan-18", "18. Giá bán lẻ điện")]
    [InlineData("dienluc", "dieu-4/khoan-1a", "1a. Ưu tiên phát triển điện phục vụ nông")]
    [InlineData("dienluc", "dieu-8a", "Điều 8a. Nội dung quy hoạch phát triển")]
    [InlineData("dienluc", "dieu-9", "Điều 9. Lập, phê duyệt, công bố và điều chỉnh quy hoạch phát triển điện lực")]
    [InlineData("dienluc", "dieu-16/khoan-1/diem-dd", "Tổ chức kiểm toán năng lượng")]
    [InlineData("dienluc", "dieu-25", "Điều 25. Kiểm định, hiệu chuẩn, thử nghiệm thiết")]
    [InlineData("dienluc", "dieu-29/khoan-1a", "Giá bán điện thực hiện theo cơ chế")]
    [InlineData("dienluc", "dieu-30/khoan-6", "Báo cáo tài chính đã được kiểm toán")]
    [InlineData("dienluc", "dieu-59a", "Điều 59a. Xử lý sự cố điện")]
    [InlineData("dienluc", "dieu-62", "Điều 62. Giá bán điện ở nông thôn, miền")]
    [InlineData("dienluc", "dieu-66/khoan-1/diem-n", "Kiểm tra và xử lý vi phạm trong lĩnh")]
    [InlineData("dienluc", "dieu-67", "Điều 67. Thanh tra chuyên ngành điện lực")]
    [InlineData("dienluc", "dieu-10/khoan-2", "quy hoạch phát triển điện lực tỉnh, thành phố trực thuộc trung ương")]
    [InlineData("dienluc", "dieu-3/khoan-7", "Bộ Công thương")]
    [InlineData("dienluc", "dieu-17/khoan-1", "Bảo đảm công khai minh bạch")]
    [InlineData("dienluc", "dieu-41/khoan-1/diem-b", "b) (được bãi bỏ)")]
    [InlineData("dienluc", "dieu-60", "biên giới")]
    // Luật 52/2019/QH14 Điều 1 on Luật Cán bộ, công chức 22/2008/QH12
    [InlineData("canbo", "dieu-4/khoan-2", "Công chức là công dân Việt Nam, được")]
    [InlineData("canbo", "dieu-6", "Điều 6. Chính sách đối với người có tài")]
    [InlineData("canbo", "dieu-29", "Điều 29. Xếp loại chất lượng cán bộ")]
    [InlineData("canbo", "dieu-37", "Điều 37. Phương thức tuyển dụng công chức")]
    [InlineData("canbo", "dieu-39", "Điều 39. Tuyển dụng công chức")]
    [InlineData("canbo", "dieu-42/khoan-1/diem-e", "e) Ngạch khác theo quy định của Chính phủ")]
    [InlineData("canbo", "dieu-44", "Điều 44. Nâng ngạch công chức")]
    [InlineData("canbo", "dieu-56", "Điều 56. Nội dung đánh giá công chức")]
    [InlineData("canbo", "dieu-58", "Điều 58. Xếp loại chất lượng công chức")]
    [InlineData("canbo", "dieu-61/khoan-3/diem-a", "Trưởng Công an")]
    [InlineData("canbo", "dieu-78/khoan-3", "Cán bộ phạm tội bị Tòa án kết án")]
    [InlineData("canbo", "dieu-79", "Điều 79. Các hình thức kỷ luật đối với công chức")]
    [InlineData("canbo", "dieu-85", "Điều 85. Điều khoản chuyển tiếp")]
    [InlineData("canbo", "dieu-32/khoan-1/diem-c", "c) (được bãi bỏ)")]
    [InlineData("canbo", "dieu-63/khoan-1", "Luật tổ chức chính quyền địa phương")]
    [InlineData("canbo", "dieu-32/khoan-1/diem-d", "sĩ quan, hạ sĩ quan phục vụ theo chế độ chuyên nghiệp, công nhân công an")]
    // Luật 52/2019/QH14 Điều 2 on Luật Viên chức 58/2010/QH12
    [InlineData("vienchuc", "dieu-9/khoan-3", "Chính phủ quy định chi tiết tiêu chí")]
    [InlineData("vienchuc", "dieu-25", "Điều 25. Các loại hợp đồng làm việc")]
    [InlineData("vienchuc", "dieu-28/khoan-2", "Đối với hợp đồng làm việc xác định thời hạn")]
    [InlineData("vienchuc", "dieu-29/khoan-1/diem-e", "e) Viên chức không đạt yêu cầu sau thời")]
    [InlineData("vienchuc", "dieu-41", "Điều 41. Nội dung đánh giá viên chức")]
    [InlineData("vienchuc", "dieu-45/khoan-1", "Viên chức được hưởng trợ cấp thôi việc")]
    [InlineData("vienchuc", "dieu-53", "Điều 53. Thời hiệu, thời hạn xử lý kỷ luật")]
    [InlineData("vienchuc", "dieu-56/khoan-2", "Viên chức bị kỷ luật thì xử lý như sau")]
    [InlineData("vienchuc", "dieu-56/khoan-3", "Viên chức đang trong thời hạn xử lý kỷ luật")]
    [InlineData("vienchuc", "dieu-58/khoan-1", "Việc chuyển đổi giữa viên chức và cán")]
    [InlineData("vienchuc", "dieu-59/khoan-2a", "2a. Viên chức được tuyển dụng trước ngày")]
    [InlineData("vienchuc", "dieu-60", "Điều 60. Áp dụng quy định của Luật")]
    [InlineData("vienchuc", "dieu-22/khoan-2/diem-b", "đưa vào cơ sở cai nghiện bắt buộc")]
    [InlineData("vienchuc", "dieu-29/khoan-1/diem-a", "xếp loại chất lượng")]
    [InlineData("vienchuc", "dieu-44", "xếp loại chất lượng")]
    // Luật 26/2012/QH13 and Điều 2 of Luật 71/2014/QH13 on Luật Thuế TNCN 04/2007/QH12
    [InlineData("tncn", "dieu-3/khoan-2", "Thu nhập từ tiền lương, tiền công")]
    [InlineData("tncn", "dieu-3/khoan-5", "Thu nhập từ chuyển nhượng bất động sản")]
    [InlineData("tncn", "dieu-4/khoan-10", "Tiền lương hưu do Quỹ bảo hiểm xã hội")]
    [InlineData("tncn", "dieu-7/khoan-1/diem-c", "Kỳ tính thuế theo từng lần chuyển nhượng")]
    [InlineData("tncn", "dieu-19/khoan-1", "Giảm trừ gia cảnh là số tiền được trừ")]
    [InlineData("tncn", "dieu-21/khoan-1", "Thu nhập tính thuế đối với thu nhập t")]
    [InlineData("tncn", "dieu-24", "Điều 24. Trách nhiệm của tổ chức, cá nhân")]
    [InlineData("tncn", "dieu-3/khoan-1", "Thu nhập từ kinh doanh, bao gồm")]
    [InlineData("tncn", "dieu-3/khoan-6/diem-c", "Trúng thưởng trong các hình thức")]
    [InlineData("tncn", "dieu-4/khoan-15", "15. Thu nhập từ tiền lương, tiền công của")]
    [InlineData("tncn", "dieu-4/khoan-16", "16. Thu nhập của cá nhân là chủ tàu")]
    [InlineData("tncn", "dieu-10", "Điều 10. Thuế đối với cá nhân kinh doanh")]
    [InlineData("tncn", "dieu-13", "Điều 13. Thu nhập chịu thuế từ chuyển nhượng")]
    [InlineData("tncn", "dieu-14", "Điều 14. Thu nhập chịu thuế từ chuyển nhượng")]
    [InlineData("tncn", "dieu-23/khoan-2", "Biểu thuế toàn phần được quy định như")]
    // Luật 12/2017/QH14 on Bộ luật Hình sự 100/2015/QH13
    [InlineData("blhs", "dieu-217a", "Điều 217a.")]
    [InlineData("blhs", "dieu-292", "Điều 292. (được bãi bỏ)")]
    [InlineData("blhs", "dieu-201/khoan-1", "lãi suất gấp 05 lần trở lên của mức lãi suất cao nhất")]
    [InlineData("blhs", "dieu-52/khoan-1/diem-i", "hoặc người đủ 70 tuổi trở lên")]
    [InlineData("blhs", "dieu-426", "ngày 01 tháng 01 năm 2018")]
    [InlineData("blhs", "dieu-398/khoan-1", "Điều 134")]
    [InlineData("blhs", "dieu-338/khoan-2", "Phạm tội thuộc một trong các trường hợp sau đây")]
    [InlineData("blhs", "dieu-342/khoan-2/diem-c", "c) Để ")]
    [InlineData("blhs", "dieu-176/khoan-1", "hoặc dưới 10.000.000 đồng nhưng tài sản là di vật, cổ vật")]
    [InlineData("blhs", "dieu-47/khoan-1/diem-c", "cấm tàng trữ, cấm lưu hành")]
    [InlineData("blhs", "dieu-172/khoan-2/diem-dd", "đ) (được bãi bỏ)")]
    [InlineData("blhs", "dieu-94/khoan-4", "4. ")]
    [InlineData("blhs", "dieu-299/khoan-2/diem-d", "d) ")]
    [InlineData("blhs", "dieu-346/khoan-2", "Tái phạm nguy hiểm")]
    [InlineData("blhs", "dieu-195", "Điều 195. Tội sản")]
    // The base writes "phạt\u00A0tù" (no-break space) and "Gây thiệt hại" at the start of the point.
    [InlineData("blhs", "dieu-362/khoan-2", "2. Phạm tội thuộc một trong các trường hợp sau đây, thì bị phạt cải tạo không giam giữ từ 02 năm đến 03 năm hoặc phạt\u00A0tù từ 03 tháng đến 02 năm:")]
    [InlineData("blhs", "dieu-219/khoan-2/diem-d", "d) Gây thất thoát, lãng phí từ 300.000.000 đồng đến dưới 1.000.000.000 đồng.")]
    [InlineData("blhs", "dieu-219/khoan-3", "3. Phạm tội gây thất thoát, lãng phí 1.000.000.000 đồng trở lên")]
    // "thay thế cụm từ “phân loại đánh giá” … tại Điều 42": the article's title starts with it.
    [InlineData("vienchuc", "dieu-42", "Điều 42. Xếp loại chất lượng viên chức")]
    [InlineData("vienchuc", "dieu-42/khoan-1", "viên chức được xếp loại chất lượng như sau")]
    [InlineData("blhs", "dieu-138/khoan-2", "phạt cải tạo không giam giữ từ 01 năm đến 02 năm hoặc phạt tù từ 03 tháng đến 02 năm")]
    public void Apply_RealSet_GivesTheTextAReaderExpects(string set, string path, string expected)
    {
        var doc = ConsolidationFixture.Get(set).Document;

        ProvisionTextRenderer.Own(ConsolidationFixture.Unit(doc, path)).ShouldContain(expected);
    }
}
